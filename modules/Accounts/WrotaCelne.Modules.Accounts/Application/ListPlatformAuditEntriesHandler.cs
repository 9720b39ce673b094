using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class ListPlatformAuditEntriesHandler(IAccountsData data) : IQueryHandler<ListPlatformAuditEntries, IReadOnlyList<AuditEntryDto>>
{
    public async Task<IReadOnlyList<AuditEntryDto>> HandleAsync(ListPlatformAuditEntries query, CancellationToken cancellationToken)
    {
        var entries = data.AuditEntries.AsNoTracking().Where(e => e.Scope == AuditScope.Platform);
        if (query.FromUtc is { } from)
        {
            entries = entries.Where(e => e.OccurredAtUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            entries = entries.Where(e => e.OccurredAtUtc < to);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            entries = entries.Where(e => e.Actor.Contains(text) || e.Details.Contains(text));
        }

        var list = await entries.OrderByDescending(e => e.Id).Take(Math.Clamp(query.Limit, 1, 10_000)).ToListAsync(cancellationToken);
        return list.Select(e => new AuditEntryDto(e.Id, e.OccurredAtUtc, e.Scope.ToString(), e.OrganizationId, e.Actor, e.Action, e.Details, e.IpAddress)).ToList();
    }
}
