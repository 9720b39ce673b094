using Microsoft.AspNetCore.Mvc.RazorPages;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Roles;

namespace WrotaCelne.Modules.Accounts.Pages.Accounts;

internal sealed class RolesModel(IAccountsModule accounts, PermissionCatalog catalog) : PageModel
{
    public IReadOnlyList<RoleDto> Roles { get; private set; } = [];

    public IReadOnlyList<PermissionDefinition> Permissions => catalog.All;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Roles = await accounts.ExecuteQueryAsync(new ListRoles(), cancellationToken);
}
