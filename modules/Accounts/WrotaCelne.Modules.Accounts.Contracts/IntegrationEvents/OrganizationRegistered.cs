using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.IntegrationEvents;

/// <summary>A customer company was registered and may start using the platform.</summary>
public sealed record OrganizationRegistered(Guid OrganizationId, string Name, string Nip) : IntegrationEvent, IOrganizationScopedEvent;
