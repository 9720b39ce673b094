using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.SignIn;

namespace WrotaCelne.Modules.Accounts.Pages.Account;

/// <summary>The second step of a sign-in; Identity's two-factor cookie remembers who passed the first.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccessPolicies.SignInRateLimit)]
internal sealed class TwoFactorModel(IAccountsModule accounts) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await accounts.ExecuteCommandAsync(new SignInWithSecondFactor(Input.Code ?? "", Input.IsRecoveryCode), cancellationToken);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (outcome == SignInOutcome.PasswordChangeRequired)
        {
            return RedirectToPage("/Account/Password");
        }

        Failed = true;
        Input = new CodeInput { IsRecoveryCode = Input.IsRecoveryCode };
        return Page();
    }

    internal sealed class CodeInput
    {
        public string? Code { get; set; }

        public bool IsRecoveryCode { get; set; }
    }
}
