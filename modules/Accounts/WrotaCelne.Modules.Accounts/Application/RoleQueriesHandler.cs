using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts.Roles;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class RoleQueriesHandler(PermissionCatalog catalog) : IQueryHandler<ListRoles, IReadOnlyList<RoleDto>>, IQueryHandler<ListPermissions, IReadOnlyList<PermissionDto>>
{
    public Task<IReadOnlyList<RoleDto>> HandleAsync(ListRoles query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RoleDto>>(BuiltInRoles.Compose(catalog.All.Select(p => (p.Name, p.Module)))
            .Select(r => new RoleDto(r.Name, BuiltIn: true, r.Permissions))
            .ToList());

    public Task<IReadOnlyList<PermissionDto>> HandleAsync(ListPermissions query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PermissionDto>>(catalog.All.Select(p => new PermissionDto(p.Name, p.Module)).ToList());
}
