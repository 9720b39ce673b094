using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

/// <summary>Organizations for the platform operator, optionally only those in one status (e.g. Pending requests).</summary>
public sealed record ListOrganizations(string? Status = null) : IQuery<IReadOnlyList<OrganizationDto>>;

/// <summary>One organization, for the platform operator.</summary>
public sealed record GetOrganization(Guid OrganizationId) : IQuery<OrganizationDto>;

/// <summary>The caller's own organization.</summary>
public sealed record GetMyOrganization : IQuery<OrganizationDto>;
