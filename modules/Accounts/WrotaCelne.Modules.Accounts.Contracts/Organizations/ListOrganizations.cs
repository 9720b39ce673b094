using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

public sealed record ListOrganizations : IQuery<IReadOnlyList<OrganizationDto>>;
