namespace WrotaCelne.BuildingBlocks;

/// <summary>An integration event about one organization's data; its outbox and inbox rows carry the organization id.</summary>
public interface IOrganizationScopedEvent
{
    Guid OrganizationId { get; }
}
