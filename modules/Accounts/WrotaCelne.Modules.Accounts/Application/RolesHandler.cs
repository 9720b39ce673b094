using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts.Roles;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>Built-in roles and the organization's own ones. Nobody composes a role holding a permission they lack.</summary>
internal sealed class RolesHandler(IAccountsData data, UserManager<UserAccount> users, ICurrentUser currentUser, RolePermissions roles, PermissionCatalog catalog, IAuditTrail audit)
    : IQueryHandler<ListRoles, IReadOnlyList<RoleDto>>,
      IQueryHandler<ListPermissions, IReadOnlyList<PermissionDto>>,
      ICommandHandler<CreateRole, RoleDto>,
      ICommandHandler<UpdateRole, RoleDto>,
      ICommandHandler<DeleteRole, bool>
{
    public async Task<IReadOnlyList<RoleDto>> HandleAsync(ListRoles query, CancellationToken cancellationToken)
    {
        var list = roles.BuiltIn.Select(r => new RoleDto(null, r.Name, BuiltIn: true, r.Permissions)).ToList();
        if ((await currentUser.FindAsync())?.OrganizationId is { } organizationId)
        {
            var own = await data.CustomRoles.AsNoTracking().Where(r => r.OrganizationId == organizationId).OrderBy(r => r.Name).ToListAsync(cancellationToken);
            list.AddRange(own.Select(ToDto));
        }

        return list;
    }

    public Task<IReadOnlyList<PermissionDto>> HandleAsync(ListPermissions query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PermissionDto>>(catalog.All.Select(p => new PermissionDto(p.Name, p.Module)).ToList());

    public async Task<RoleDto> HandleAsync(CreateRole command, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationWideUserAsync();
        var errors = new InputErrors();
        var permissions = await CheckPermissionsAsync(errors, caller, command.Permissions, cancellationToken);
        var role = CustomRole.Create(errors, organizationId, command.Name, permissions);
        errors.ThrowIfAny();
        if (await data.CustomRoles.AnyAsync(r => r.OrganizationId == organizationId && r.Name == role.Name, cancellationToken))
        {
            throw new ConflictException("name", "role.taken", "The organization already has a role with this name.");
        }

        data.CustomRoles.Add(role);
        await data.SaveChangesAsync(cancellationToken);
        await audit.RecordOrganizationAsync(AuditActions.RoleCreated, organizationId, $"{role.Name}: {string.Join(", ", role.Permissions)}.", cancellationToken);
        return ToDto(role);
    }

    public async Task<RoleDto> HandleAsync(UpdateRole command, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationWideUserAsync();
        var role = await FindAsync(organizationId, command.RoleId, cancellationToken);
        var errors = new InputErrors();
        var permissions = await CheckPermissionsAsync(errors, caller, command.Permissions, cancellationToken);

        // Taking permissions away from a role is also power over its holders: only someone holding all of them may edit it.
        var lacking = role.Permissions.Where(catalog.Contains).Except(await roles.OfUserAsync(caller, cancellationToken)).ToList();
        if (lacking.Count > 0)
        {
            errors.Add("permissions", "role.escalation", "You cannot change a role holding permissions you do not hold: {0}.", string.Join(", ", lacking));
        }

        if (string.Equals(role.Name, caller.Role, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("permissions", "role.self", "You cannot change the role you hold yourself.");
        }

        errors.ThrowIfAny();
        var before = string.Join(", ", role.Permissions);
        role.Grant(permissions);
        await data.SaveChangesAsync(cancellationToken);
        await audit.RecordOrganizationAsync(AuditActions.RoleChanged, organizationId, $"{role.Name}. Before: {before}. After: {string.Join(", ", role.Permissions)}.", cancellationToken);
        return ToDto(role);
    }

    public async Task<bool> HandleAsync(DeleteRole command, CancellationToken cancellationToken)
    {
        var (_, organizationId) = await currentUser.OrganizationWideUserAsync();
        var role = await FindAsync(organizationId, command.RoleId, cancellationToken);
        var holders = await users.Users.CountAsync(u => u.OrganizationId == organizationId && u.Role == role.Name, cancellationToken);
        if (holders > 0)
        {
            throw new ConflictException("roleId", "role.inUse", $"{holders} user(s) hold this role; give them another role first.");
        }

        data.CustomRoles.Remove(role);
        await data.SaveChangesAsync(cancellationToken);
        await audit.RecordOrganizationAsync(AuditActions.RoleDeleted, organizationId, $"{role.Name}.", cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<string>> CheckPermissionsAsync(InputErrors errors, UserAccount caller, IReadOnlyList<string>? requested, CancellationToken cancellationToken)
    {
        var permissions = (requested ?? []).Select(p => p?.Trim() ?? "").Distinct().ToList();
        var unknown = permissions.Where(p => !catalog.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("permissions", "permission.unknown", "Unknown permissions: {0}.", string.Join(", ", unknown));
        }

        var lacking = permissions.Except(unknown).Except(await roles.OfUserAsync(caller, cancellationToken)).ToList();
        if (lacking.Count > 0)
        {
            errors.Add("permissions", "role.escalation", "You cannot grant permissions you do not hold: {0}.", string.Join(", ", lacking));
        }

        return permissions;
    }

    private async Task<CustomRole> FindAsync(Guid organizationId, Guid roleId, CancellationToken cancellationToken) =>
        await data.CustomRoles.SingleOrDefaultAsync(r => r.Id == roleId && r.OrganizationId == organizationId, cancellationToken) ?? throw new NotFoundException("The role");

    private static RoleDto ToDto(CustomRole r) => new(r.Id, r.Name, BuiltIn: false, r.Permissions);
}
