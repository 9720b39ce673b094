using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Pages.Shared;
using WrotaCelne.Modules.Accounts.Resources;

namespace WrotaCelne.Modules.Accounts.Pages.Account;

/// <summary>A company asks to be registered; the platform operator decides.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccessPolicies.SignInRateLimit)]
internal sealed class RegisterModel(IAccountsModule accounts, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    public bool Submitted { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Submitted = await ModelState.TryExecuteAsync(
            "Input",
            () => accounts.ExecuteCommandAsync(
                new RequestRegistration(Input.Name ?? "", Input.Nip ?? "", Input.Eori, Input.Sisc, Input.Address.ToDto(), Input.AdministratorEmail ?? "", Input.AdministratorName ?? ""),
                cancellationToken),
            text);
        return Page();
    }
}
