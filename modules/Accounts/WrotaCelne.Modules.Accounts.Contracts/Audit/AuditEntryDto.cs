namespace WrotaCelne.Modules.Accounts.Contracts.Audit;

/// <summary>One line of the audit log: who did what, for which organization, when (UTC), from where.</summary>
public sealed record AuditEntryDto(long Id, DateTime OccurredAtUtc, string Scope, Guid? OrganizationId, string Actor, string Action, string Details, string? IpAddress);
