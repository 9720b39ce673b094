using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.SignIn;
using WrotaCelne.Modules.Accounts.Resources;

namespace WrotaCelne.Modules.Accounts.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(AccessPolicies.SignInRateLimit)]
internal sealed class SignInModel(IAccountsModule accounts, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public bool Expired { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await accounts.ExecuteCommandAsync(new SignIn(Input.Email ?? "", Input.Password ?? ""), cancellationToken);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.PasswordChangeRequired:
                return RedirectToPage("/Account/Password");
            case SignInOutcome.SecondFactorRequired:
                return RedirectToPage("/Account/TwoFactor", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" });
            case SignInOutcome.Busy:
                Response.Headers.RetryAfter = "1";
                return new ContentResult { StatusCode = StatusCodes.Status429TooManyRequests, Content = text["SignIn.Busy"], ContentType = "text/plain; charset=utf-8" };
            case SignInOutcome.PasswordExpired:
                Expired = true;
                Input = new SignInInput { Email = Input.Email };
                return Page();
            default:
                Failed = true;
                Input = new SignInInput { Email = Input.Email };
                return Page();
        }
    }

    internal sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
