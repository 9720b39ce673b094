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

    /// <summary>Set right after a registration: the administrator's one-time password is shown this once.</summary>
    public RegisteredOrganizationDto? Registered { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organizations = await accounts.ExecuteQueryAsync(new ListOrganizations(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RegisteredOrganizationDto? registered = null;
        if (await ModelState.TryExecuteAsync("Input", async () =>
                registered = await accounts.ExecuteCommandAsync(
                    new RegisterOrganization(Input.Name ?? "", Input.Nip ?? "", Input.Eori, Input.AdministratorEmail ?? "", Input.AdministratorName ?? ""), cancellationToken),
                text))
        {
            Registered = registered;
            Input = new OrganizationInput();
            ModelState.Clear();
        }

        Organizations = await accounts.ExecuteQueryAsync(new ListOrganizations(), cancellationToken);
        return Page();
    }

    internal sealed class OrganizationInput
    {
        public string? Name { get; set; }

        public string? Nip { get; set; }

        public string? Eori { get; set; }

        public string? AdministratorName { get; set; }

        public string? AdministratorEmail { get; set; }
    }
}
