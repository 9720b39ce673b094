using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Roles;
using WrotaCelne.Modules.Accounts.Resources;

namespace WrotaCelne.Modules.Accounts.Pages.Accounts;

/// <summary>The roles and what each may do; administrators compose, change and remove their organization's own roles here.</summary>
[AllowAnonymous]
internal sealed class RolesModel(IAccountsModule accounts, PermissionCatalog catalog, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty]
    public RoleInput Input { get; set; } = new();

    public IReadOnlyList<RoleDto> Roles { get; private set; } = [];

    public IReadOnlyList<PermissionDefinition> Permissions => catalog.All;

    public bool MayManage => AccessPolicies.Holds(User, AccountsPermissions.ManageUsers);

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Roles = await accounts.ExecuteQueryAsync(new ListRoles(), cancellationToken);

    public Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken) =>
        ActAsync(() => accounts.ExecuteCommandAsync(new CreateRole(Input.Name ?? "", Input.Permissions), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUpdateAsync(Guid roleId, CancellationToken cancellationToken) =>
        ActAsync(() => accounts.ExecuteCommandAsync(new UpdateRole(roleId, Input.Permissions), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(Guid roleId, CancellationToken cancellationToken) =>
        ActAsync(() => accounts.ExecuteCommandAsync(new DeleteRole(roleId), cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        if (!MayManage)
        {
            return Forbid();
        }

        if (await ModelState.TryExecuteAsync("Input", action, text))
        {
            return RedirectToPage();
        }

        Problem = ModelState.Messages();
        Roles = await accounts.ExecuteQueryAsync(new ListRoles(), cancellationToken);
        return Page();
    }

    internal sealed class RoleInput
    {
        public string? Name { get; set; }

        public List<string> Permissions { get; set; } = [];
    }
}
