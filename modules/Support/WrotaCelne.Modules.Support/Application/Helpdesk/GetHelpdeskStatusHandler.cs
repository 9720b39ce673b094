using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Support.Contracts.Helpdesk;
using WrotaCelne.Modules.Support.Domain.Helpdesk;

namespace WrotaCelne.Modules.Support.Application.Helpdesk;

internal sealed class GetHelpdeskStatusHandler(HelpdeskCalendar calendar, TimeProvider clock) : IQueryHandler<GetHelpdeskStatus, HelpdeskStatusDto>
{
    public Task<HelpdeskStatusDto> HandleAsync(GetHelpdeskStatus query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return Task.FromResult(new HelpdeskStatusDto(calendar.IsOpen(now), calendar.NextOpening(now), calendar.Zone.Id, HelpdeskCalendar.Opens, HelpdeskCalendar.Closes));
    }
}
