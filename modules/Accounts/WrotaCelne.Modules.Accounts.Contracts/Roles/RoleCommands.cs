using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Roles;

/// <summary>The built-in roles, plus the caller's organization's own roles when signed in as one of its users.</summary>
public sealed record ListRoles : IQuery<IReadOnlyList<RoleDto>>;

/// <summary>Composes an organization role from permissions; nobody can put in a permission they lack.</summary>
public sealed record CreateRole(string Name, IReadOnlyList<string> Permissions) : ICommand<RoleDto>;

/// <summary>Replaces the permissions of an organization role; its users hold the new set from their next request.</summary>
public sealed record UpdateRole(Guid RoleId, IReadOnlyList<string> Permissions) : ICommand<RoleDto>;

/// <summary>Removes an organization role nobody holds.</summary>
public sealed record DeleteRole(Guid RoleId) : ICommand<bool>;
