using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Users;

/// <summary>A user of an organization as other modules see them: to pick people (e.g. who may sign with a credential) and to name them.</summary>
public sealed record MemberDto(Guid Id, string DisplayName, string Email, bool Disabled);

/// <summary>For other modules: every user of an organization (support sessions of operators excluded), by name.</summary>
public sealed record ListOrganizationMembers(Guid OrganizationId) : IQuery<IReadOnlyList<MemberDto>>;
