using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.SignIn;

namespace WrotaCelne.Modules.Accounts.Pages.Account;

/// <summary>Signing out is a POST (with the antiforgery token), so a link on another site cannot end the session.</summary>
internal sealed class SignOutModel(IAccountsModule accounts) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await accounts.ExecuteCommandAsync(new SignOut(), cancellationToken);
        return LocalRedirect("/");
    }
}
