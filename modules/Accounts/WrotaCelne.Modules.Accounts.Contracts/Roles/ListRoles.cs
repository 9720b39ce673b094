using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Roles;

public sealed record ListRoles : IQuery<IReadOnlyList<RoleDto>>;
