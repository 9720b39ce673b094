namespace WrotaCelne.Modules.Accounts.Contracts.Roles;

/// <summary>A role: a named set of permissions. Built-in roles (no id) cannot be changed.</summary>
public sealed record RoleDto(Guid? Id, string Name, bool BuiltIn, IReadOnlyList<string> Permissions);
