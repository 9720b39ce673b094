using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Contracts.Roles;
using WrotaCelne.Modules.Accounts.Contracts.Users;
using WrotaCelne.Modules.Accounts.Pages.Shared;
using WrotaCelne.Modules.Accounts.Resources;

namespace WrotaCelne.Modules.Accounts.Pages.Accounts;

[Authorize(Policy = "permission:" + AccountsPermissions.ManageUsers)]
internal sealed class UsersModel(IAccountsModule accounts, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public IReadOnlyList<UserDto> Users { get; private set; } = [];

    public IReadOnlyList<RoleDto> Roles { get; private set; } = [];

    public IReadOnlyList<BranchDto> Branches { get; private set; } = [];

    /// <summary>Set right after a user was added: the one-time password is shown this once.</summary>
    public OneTimePasswordDto? Added { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        OneTimePasswordDto? added = null;
        if (await ModelState.TryExecuteAsync(
                "Input",
                async () => added = await accounts.ExecuteCommandAsync(new AddUser(Input.Email ?? "", Input.DisplayName ?? "", Input.Role ?? "", Input.BranchIds), cancellationToken),
                text))
        {
            Added = added;
            Input = new UserInput();
            ModelState.Clear();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await accounts.ExecuteQueryAsync(new ListUsers(), cancellationToken);
        Roles = await accounts.ExecuteQueryAsync(new ListRoles(), cancellationToken);
        Branches = await accounts.ExecuteQueryAsync(new ListBranches(), cancellationToken);
    }
}
