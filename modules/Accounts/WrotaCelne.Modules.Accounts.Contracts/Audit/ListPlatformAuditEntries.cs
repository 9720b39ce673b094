using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Audit;

/// <summary>Platform events (operators' sign-ins and actions, unknown sign-in attempts), newest first, filtered.</summary>
/// <param name="Action">Exact action code, e.g. <c>sign-in.failed</c>.</param>
/// <param name="Text">Matched in the actor and details.</param>
public sealed record ListPlatformAuditEntries(DateTime? FromUtc, DateTime? ToUtc, string? Action, string? Text, int Limit = 500) : IQuery<IReadOnlyList<AuditEntryDto>>;

/// <summary>The caller's organization's log (its users' sign-ins, user, role, token and organization changes), newest first, filtered.</summary>
public sealed record ListOrganizationAuditEntries(DateTime? FromUtc, DateTime? ToUtc, string? Action, string? Text, int Limit = 500) : IQuery<IReadOnlyList<AuditEntryDto>>;
