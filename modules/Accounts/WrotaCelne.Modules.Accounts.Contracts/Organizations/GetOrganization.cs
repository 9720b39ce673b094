using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

public sealed record GetOrganization(Guid OrganizationId) : IQuery<OrganizationDto>;
