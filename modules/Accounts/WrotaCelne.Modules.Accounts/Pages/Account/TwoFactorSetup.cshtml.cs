using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.SignIn;
using WrotaCelne.Modules.Accounts.Resources;

namespace WrotaCelne.Modules.Accounts.Pages.Account;

[Authorize(Policy = AccessPolicies.SignedIn)]
internal sealed class TwoFactorSetupModel(IAccountsModule accounts, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public AuthenticatorSetupDto? Setup { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public bool AlreadyOn { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await StartAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? codes = null;
        if (await ModelState.TryExecuteAsync("Input", async () => codes = await accounts.ExecuteCommandAsync(new ConfirmAuthenticatorSetup(Input.Code ?? ""), cancellationToken), text))
        {
            RecoveryCodes = codes;
            return Page();
        }

        await StartAsync(cancellationToken);
        return Page();
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            Setup = await accounts.ExecuteCommandAsync(new StartAuthenticatorSetup(), cancellationToken);
        }
        catch (BuildingBlocks.ConflictException)
        {
            AlreadyOn = true;
        }
    }

    internal sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
