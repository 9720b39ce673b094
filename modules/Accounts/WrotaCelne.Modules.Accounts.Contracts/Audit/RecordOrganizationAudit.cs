using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Audit;

/// <summary>
/// Writes an entry to the organization's audit log (Dziennik zdarzeń) on behalf of another module; the actor is the
/// signed-in user, or "system" in a job. Action is a code such as "signing.credential-added"; Details free text (truncated like other entries).
/// </summary>
public sealed record RecordOrganizationAudit(Guid OrganizationId, string Action, string Details) : ICommand<bool>;
