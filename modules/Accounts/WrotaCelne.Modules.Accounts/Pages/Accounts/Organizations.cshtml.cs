using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;

using WrotaCelne.Modules.Accounts.Resources;

namespace WrotaCelne.Modules.Accounts.Pages.Accounts;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = AccessPolicies.PlatformOperator)]
internal sealed class OrganizationsModel(IAccountsModule accounts, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    public IReadOnlyList<OrganizationDto> Organizations { get; private set; } = [];

    public bool Registered { get; private set; }

    public async Task OnGetAsync(bool registered, CancellationToken cancellationToken)
    {
        Registered = registered;
        Organizations = await accounts.ExecuteQueryAsync(new ListOrganizations(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ModelState.TryExecuteAsync("Input", () =>
                accounts.ExecuteCommandAsync(new RegisterOrganization(Input.Name ?? "", Input.Nip ?? "", Input.Eori), cancellationToken),
                text))
        {
            return RedirectToPage(new { registered = true });
        }

        Organizations = await accounts.ExecuteQueryAsync(new ListOrganizations(), cancellationToken);
        return Page();
    }

    internal sealed class OrganizationInput
    {
        public string? Name { get; set; }

        public string? Nip { get; set; }

        public string? Eori { get; set; }
    }
}
