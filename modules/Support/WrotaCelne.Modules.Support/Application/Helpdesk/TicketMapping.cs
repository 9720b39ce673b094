using WrotaCelne.Modules.Support.Contracts.Tickets;
using WrotaCelne.Modules.Support.Domain.Helpdesk;

namespace WrotaCelne.Modules.Support.Application.Helpdesk;

internal static class TicketMapping
{
    public static TicketDto ToDto(this Ticket t) => new(t.Id, t.OrganizationId, t.Subject, t.Status.ToString(), t.OpenedAtUtc, t.ResponseDueUtc);
}
