using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// What a role grants: built-in roles are composed from the catalogue, an organization's own roles are
/// read from its store. Only permissions of enabled modules are ever granted.
/// </summary>
internal sealed class RolePermissions(IAccountsData data, PermissionCatalog catalog)
{
    public IReadOnlyList<(string Name, IReadOnlyList<string> Permissions)> BuiltIn { get; } = BuiltInRoles.Compose(catalog.All.Select(p => (p.Name, p.Module)));

    /// <summary>The permissions of the named role in the organization, or null when it has no such role.</summary>
    public async Task<IReadOnlyList<string>?> OfRoleAsync(Guid organizationId, string? roleName, CancellationToken cancellationToken) =>
        (await FindAsync(organizationId, roleName, cancellationToken))?.Permissions;

    /// <summary>The role as the organization spells it ("operator" → "Operator") with its permissions, or null when it has no such role.</summary>
    public async Task<(string Name, IReadOnlyList<string> Permissions)?> FindAsync(Guid organizationId, string? roleName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(roleName))
        {
            return null;
        }

        roleName = roleName.Trim();
        var builtIn = BuiltIn.FirstOrDefault(r => string.Equals(r.Name, roleName, StringComparison.OrdinalIgnoreCase));
        if (builtIn.Name is not null)
        {
            return builtIn;
        }

        var custom = await data.CustomRoles.AsNoTracking().FirstOrDefaultAsync(r => r.OrganizationId == organizationId && r.Name == roleName, cancellationToken);
        return custom is null ? null : (custom.Name, custom.Permissions.Where(catalog.Contains).ToList());
    }

    public async Task<IReadOnlyList<string>> OfUserAsync(UserAccount user, CancellationToken cancellationToken) =>
        user.OrganizationId is { } organizationId ? await OfRoleAsync(organizationId, user.Role, cancellationToken) ?? [] : [];
}
