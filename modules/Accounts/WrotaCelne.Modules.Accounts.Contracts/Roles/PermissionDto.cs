namespace WrotaCelne.Modules.Accounts.Contracts.Roles;

/// <summary>A permission some module declares.</summary>
public sealed record PermissionDto(string Name, string Module);
