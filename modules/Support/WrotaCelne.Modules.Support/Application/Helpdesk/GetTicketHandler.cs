using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Support.Contracts.Tickets;

namespace WrotaCelne.Modules.Support.Application.Helpdesk;

internal sealed class GetTicketHandler(ISupportData data) : IQueryHandler<GetTicket, TicketDto>
{
    public async Task<TicketDto> HandleAsync(GetTicket query, CancellationToken cancellationToken)
    {
        var ticket = await data.Tickets.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == query.TicketId && t.OrganizationId == query.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("The ticket");
        return ticket.ToDto();
    }
}
