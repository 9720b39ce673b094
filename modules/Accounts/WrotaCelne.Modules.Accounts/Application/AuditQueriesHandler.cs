using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>Platform events for operators; an organization's own events for its administrators and auditors, never another's.</summary>
internal sealed class AuditQueriesHandler(IAccountsData data, ICurrentUser currentUser)
    : IQueryHandler<ListPlatformAuditEntries, IReadOnlyList<AuditEntryDto>>, IQueryHandler<ListOrganizationAuditEntries, IReadOnlyList<AuditEntryDto>>
{
    public Task<IReadOnlyList<AuditEntryDto>> HandleAsync(ListPlatformAuditEntries query, CancellationToken cancellationToken) =>
        ListAsync(data.AuditEntries.AsNoTracking().Where(e => e.Scope == AuditScope.Platform), query.FromUtc, query.ToUtc, query.Action, query.Text, query.Limit, cancellationToken);

    public async Task<IReadOnlyList<AuditEntryDto>> HandleAsync(ListOrganizationAuditEntries query, CancellationToken cancellationToken)
    {
        var (_, organizationId) = await currentUser.OrganizationUserAsync();
        var entries = data.AuditEntries.AsNoTracking().Where(e => e.Scope == AuditScope.Organization && e.OrganizationId == organizationId);
        return await ListAsync(entries, query.FromUtc, query.ToUtc, query.Action, query.Text, query.Limit, cancellationToken);
    }

    private static async Task<IReadOnlyList<AuditEntryDto>> ListAsync(
        IQueryable<AuditEntry> entries, DateTime? fromUtc, DateTime? toUtc, string? action, string? text, int limit, CancellationToken cancellationToken)
    {
        if (fromUtc is { } from)
        {
            entries = entries.Where(e => e.OccurredAtUtc >= from);
        }

        if (toUtc is { } to)
        {
            entries = entries.Where(e => e.OccurredAtUtc < to);
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            entries = entries.Where(e => e.Action == action.Trim());
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var trimmed = text.Trim();
            entries = entries.Where(e => e.Actor.Contains(trimmed) || e.Details.Contains(trimmed));
        }

        var list = await entries.OrderByDescending(e => e.Id).Take(Math.Clamp(limit, 1, 10_000)).ToListAsync(cancellationToken);
        return list.Select(e => new AuditEntryDto(e.Id, e.OccurredAtUtc, e.Scope.ToString(), e.OrganizationId, e.Actor, e.Action, e.Details, e.IpAddress)).ToList();
    }
}
