using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.IntegrationEvents;

/// <summary>The operator suspended an organization: its users can no longer sign in.</summary>
public sealed record OrganizationSuspended(Guid OrganizationId, string? Reason) : IntegrationEvent, IOrganizationScopedEvent;

/// <summary>A suspended organization was let back in.</summary>
public sealed record OrganizationReactivated(Guid OrganizationId) : IntegrationEvent, IOrganizationScopedEvent;
