using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Pages.Shared;
using WrotaCelne.Modules.Accounts.Resources;

namespace WrotaCelne.Modules.Accounts.Pages.Accounts;

/// <summary>The operator's console for organizations: register one, decide registration requests, suspend and reactivate.</summary>
[Authorize(Policy = AccessPolicies.PlatformOperator)]
internal sealed class OrganizationsModel(IAccountsModule accounts, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    [FromQuery]
    public string? Status { get; set; }

    public IReadOnlyList<OrganizationDto> Organizations { get; private set; } = [];

    /// <summary>Set right after a registration or an approval: the administrator's one-time password is shown this once.</summary>
    public RegisteredOrganizationDto? Registered { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<SupportAccessDto> SupportAccess { get; private set; } = [];

    public bool LookingAtCustomer => User.HasClaim(AccessPolicies.SupportAccessClaim, "true");

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RegisteredOrganizationDto? registered = null;
        if (await ModelState.TryExecuteAsync(
                "Input",
                async () => registered = await accounts.ExecuteCommandAsync(
                    new RegisterOrganization(Input.Name ?? "", Input.Nip ?? "", Input.Eori, Input.Sisc, Input.Address.ToDto(), Input.AdministratorEmail ?? "", Input.AdministratorName ?? ""),
                    cancellationToken),
                text))
        {
            Registered = registered;
            Input = new OrganizationInput();
            ModelState.Clear();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        RegisteredOrganizationDto? registered = null;
        await ActAsync(async () => registered = await accounts.ExecuteCommandAsync(new ApproveRegistration(organizationId), cancellationToken), cancellationToken);
        Registered = registered;
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await ActAsync(() => accounts.ExecuteCommandAsync(new RejectRegistration(organizationId, Reason), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostSuspendAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await ActAsync(() => accounts.ExecuteCommandAsync(new SuspendOrganization(organizationId, Reason), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostReactivateAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await ActAsync(() => accounts.ExecuteCommandAsync(new ReactivateOrganization(organizationId), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostEnterSupportAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await accounts.ExecuteCommandAsync(new EnterSupportAccess(organizationId), cancellationToken);
        return Redirect("/declarations");
    }

    public async Task<IActionResult> OnPostLeaveSupportAsync(CancellationToken cancellationToken)
    {
        await accounts.ExecuteCommandAsync(new LeaveSupportAccess(), cancellationToken);
        return RedirectToPage();
    }

    private async Task<IActionResult> ActAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the registration form is not part of these posts
        if (!await ModelState.TryExecuteAsync("", action, text))
        {
            Problem = ModelState.Messages();
            ModelState.Clear();
        }

        Input = new OrganizationInput();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Organizations = await accounts.ExecuteQueryAsync(new ListOrganizations(string.IsNullOrWhiteSpace(Status) ? null : Status), cancellationToken);
        SupportAccess = await accounts.ExecuteQueryAsync(new ListSupportAccess(), cancellationToken);
    }
}
