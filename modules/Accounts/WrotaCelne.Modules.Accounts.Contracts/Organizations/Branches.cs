using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

/// <summary>A branch (oddział) of the caller's organization; <paramref name="Code"/> is what LRN masks use for {BRANCH}.</summary>
public sealed record BranchDto(Guid Id, string Code, string Name, AddressDto Address);

/// <summary>The caller's organization's branches (all of them, also for users limited to some).</summary>
public sealed record ListBranches : IQuery<IReadOnlyList<BranchDto>>;

public sealed record AddBranch(string Code, string Name, AddressDto? Address) : ICommand<BranchDto>;

public sealed record UpdateBranch(Guid BranchId, string Code, string Name, AddressDto? Address) : ICommand<BranchDto>;

/// <summary>For other modules: an organization's branches (to check or show a branch given with organization data).</summary>
public sealed record ListOrganizationBranches(Guid OrganizationId) : IQuery<IReadOnlyList<BranchDto>>;
