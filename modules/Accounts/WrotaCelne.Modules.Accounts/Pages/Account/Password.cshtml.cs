using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.MyAccount;
using WrotaCelne.Modules.Accounts.Resources;

namespace WrotaCelne.Modules.Accounts.Pages.Account;

/// <summary>Changing one's password; the first stop after signing in with a handed-out one.</summary>
[Authorize(Policy = AccessPolicies.SignedIn)]
internal sealed class PasswordModel(IAccountsModule accounts, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool MustChange => User.HasClaim(AccessPolicies.PasswordChangeRequiredClaim, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.NewPassword != Input.Confirmation)
        {
            ModelState.AddModelError("Input.Confirmation", text["Password.Mismatch"]);
            return Page();
        }

        if (await ModelState.TryExecuteAsync("Input", () => accounts.ExecuteCommandAsync(new ChangePassword(Input.CurrentPassword ?? "", Input.NewPassword ?? ""), cancellationToken), text))
        {
            TempData["Notice"] = text["Password.Changed"].Value;
            return Redirect("/account");
        }

        return Page();
    }

    internal sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? Confirmation { get; set; }
    }
}
