using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.MyAccount;
using WrotaCelne.Modules.Accounts.Contracts.Tokens;
using WrotaCelne.Modules.Accounts.Resources;

namespace WrotaCelne.Modules.Accounts.Pages.Account;

/// <summary>My account: who I am, my password and two-step sign-in, my API tokens.</summary>
[Authorize(Policy = AccessPolicies.PersonalSession)]
internal sealed class IndexModel(IAccountsModule accounts, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public MyAccountDto Account { get; private set; } = null!;

    public IReadOnlyList<ApiTokenDto> Tokens { get; private set; } = [];

    /// <summary>Set right after a token was issued: its secret is shown this once.</summary>
    public CreatedApiTokenDto? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateTokenAsync(CancellationToken cancellationToken)
    {
        CreatedApiTokenDto? created = null;
        if (await ModelState.TryExecuteAsync(
                "Input",
                async () => created = await accounts.ExecuteCommandAsync(new CreateApiToken(Input.Name ?? "", Input.Permissions, Input.ExpiresInDays), cancellationToken),
                text))
        {
            Created = created;
            Input = new TokenInput();
            ModelState.Clear();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        await accounts.ExecuteCommandAsync(new RevokeApiToken(tokenId), cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Account = await accounts.ExecuteQueryAsync(new GetMyAccount(), cancellationToken);
        Tokens = Account.OrganizationName is null ? [] : await accounts.ExecuteQueryAsync(new ListMyApiTokens(), cancellationToken);
    }

    internal sealed class TokenInput
    {
        public string? Name { get; set; }

        public List<string> Permissions { get; set; } = [];

        public int ExpiresInDays { get; set; } = 90;
    }
}
