using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

/// <summary>Read-only access the organization gave the platform operators for support, if any is in force.</summary>
public sealed record SupportAccessDto(Guid OrganizationId, string OrganizationName, DateTime GrantedAtUtc, DateTime ExpiresAtUtc, string GrantedBy);

/// <summary>The caller's organization's support access in force (null when none).</summary>
public sealed record GetSupportAccess : IQuery<SupportAccessDto?>;

/// <summary>Lets the platform operators look at the organization's data, read only, for 1 to 30 days.</summary>
public sealed record GrantSupportAccess(int Days) : ICommand<SupportAccessDto>;

/// <summary>Ends the support access at once, also for an operator looking at the data right now.</summary>
public sealed record RevokeSupportAccess : ICommand<bool>;

/// <summary>For operators: the organizations that gave support access now in force.</summary>
public sealed record ListSupportAccess : IQuery<IReadOnlyList<SupportAccessDto>>;

/// <summary>The operator starts looking at an organization's data (read only) under its support access; 404 without one.</summary>
public sealed record EnterSupportAccess(Guid OrganizationId) : ICommand<SupportAccessDto>;

/// <summary>The operator stops looking at any organization's data.</summary>
public sealed record LeaveSupportAccess : ICommand<bool>;
