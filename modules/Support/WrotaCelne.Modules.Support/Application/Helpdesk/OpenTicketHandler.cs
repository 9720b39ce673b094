using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Support.Contracts.Tickets;
using WrotaCelne.Modules.Support.Domain.Helpdesk;

namespace WrotaCelne.Modules.Support.Application.Helpdesk;

internal sealed class OpenTicketHandler(ISupportData data, HelpdeskCalendar calendar, TimeProvider clock) : ICommandHandler<OpenTicket, TicketDto>
{
    public async Task<TicketDto> HandleAsync(OpenTicket command, CancellationToken cancellationToken)
    {
        var ticket = Ticket.Open(command.OrganizationId, command.Subject, command.Description, command.ContactEmail, clock.GetUtcNow().UtcDateTime, calendar);
        data.Tickets.Add(ticket);
        await data.SaveChangesAsync(cancellationToken);
        return ticket.ToDto();
    }
}
