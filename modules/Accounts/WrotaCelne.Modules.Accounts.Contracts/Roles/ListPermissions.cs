using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Roles;

/// <summary>Every permission the enabled modules declare, the building blocks of roles.</summary>
public sealed record ListPermissions : IQuery<IReadOnlyList<PermissionDto>>;
