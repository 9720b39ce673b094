namespace WrotaCelne.Modules.Accounts.Contracts.Roles;

/// <summary>A role: a named set of permissions. Built-in roles cannot be changed.</summary>
public sealed record RoleDto(string Name, bool BuiltIn, IReadOnlyList<string> Permissions);
