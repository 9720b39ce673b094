using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Audit;

/// <summary>
/// Writes an entry to the organization's audit log (Dziennik zdarzeń) on behalf of another module; the actor is the
/// signed-in user, or "system" in a job. <paramref name="Action"/> is a code such as <c>signing.credential-added</c>;
/// <paramref name="Details"/> free text (truncated like other entries).
/// </summary>
public sealed record RecordOrganizationAudit(Guid OrganizationId, string Action, string Details) : ICommand<bool>;
