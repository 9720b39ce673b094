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

/// <summary>One user: name, role, branches; disable or re-enable; hand out a new password.</summary>
[Authorize(Policy = "permission:" + AccountsPermissions.ManageUsers)]
internal sealed class UserModel(IAccountsModule accounts, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public UserDto Account { get; private set; } = null!;

    public IReadOnlyList<RoleDto> Roles { get; private set; } = [];

    public IReadOnlyList<BranchDto> Branches { get; private set; } = [];

    public OneTimePasswordDto? Reset { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new UserInput { DisplayName = Account.DisplayName, Role = Account.Role, BranchIds = [.. Account.BranchIds] };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ModelState.TryExecuteAsync(
                "Input",
                () => accounts.ExecuteCommandAsync(new UpdateUser(UserId, Input.DisplayName ?? "", Input.Role ?? "", Input.BranchIds), cancellationToken),
                text))
        {
            TempData["Notice"] = text["Users.Saved"].Value;
            return RedirectToPage(new { UserId });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) => ActAsync(() => accounts.ExecuteCommandAsync(new SetUserDisabled(UserId, true), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) => ActAsync(() => accounts.ExecuteCommandAsync(new SetUserDisabled(UserId, false), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) =>
        ActAsync(() => accounts.ExecuteCommandAsync(new ResetUserTwoFactor(UserId), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken)
    {
        OneTimePasswordDto? reset = null;
        return await ActAsync(async () => reset = await accounts.ExecuteCommandAsync(new ResetUserPassword(UserId), cancellationToken), cancellationToken, () => Reset = reset);
    }

    private async Task<IActionResult> ActAsync(Func<Task> action, CancellationToken cancellationToken, Action? onSuccess = null)
    {
        if (await ModelState.TryExecuteAsync("", action, text))
        {
            onSuccess?.Invoke();
        }
        else
        {
            Problem = ModelState.Messages();
            ModelState.Clear();
        }

        await LoadAsync(cancellationToken);
        Input = new UserInput { DisplayName = Account.DisplayName, Role = Account.Role, BranchIds = [.. Account.BranchIds] };
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Account = await accounts.ExecuteQueryAsync(new GetUser(UserId), cancellationToken);
        Roles = await accounts.ExecuteQueryAsync(new ListRoles(), cancellationToken);
        Branches = await accounts.ExecuteQueryAsync(new ListBranches(), cancellationToken);
    }
}
