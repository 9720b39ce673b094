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

/// <summary>The organization's profile (name, EORI, SISC, address, mandatory two-step sign-in) and its branches.</summary>
[Authorize(Policy = "permission:" + AccountsPermissions.ManageOrganization)]
internal sealed class OrganizationModel(IAccountsModule accounts, IStringLocalizer<AccountsResources> text) : PageModel
{
    [BindProperty]
    public ProfileInput Profile { get; set; } = new();

    [BindProperty]
    public BranchInput Branch { get; set; } = new();

    public OrganizationDto Organization { get; private set; } = null!;

    public IReadOnlyList<BranchDto> Branches { get; private set; } = [];

    public SupportAccessDto? SupportAccess { get; private set; }

    private static readonly Dictionary<string, string> SupportFields = new() { ["days"] = nameof(SupportDays) };

    [BindProperty]
    public int SupportDays { get; set; } = 3;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Profile = ProfileInput.From(Organization);
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken cancellationToken)
    {
        if (await ModelState.TryExecuteAsync(
                "Profile",
                () => accounts.ExecuteCommandAsync(new UpdateMyOrganization(Profile.Name ?? "", Profile.Eori, Profile.Sisc, Profile.Address.ToDto(), Profile.RequireTwoFactor), cancellationToken),
                text))
        {
            TempData["Notice"] = text["Organization.Saved"].Value;
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostBranchAsync(CancellationToken cancellationToken)
    {
        var saved = await ModelState.TryExecuteAsync(
            "Branch",
            () => Branch.Id is { } id
                ? accounts.ExecuteCommandAsync(new UpdateBranch(id, Branch.Code ?? "", Branch.Name ?? "", Branch.Address.ToDto()), cancellationToken)
                : accounts.ExecuteCommandAsync(new AddBranch(Branch.Code ?? "", Branch.Name ?? "", Branch.Address.ToDto()), cancellationToken),
            text);
        if (saved)
        {
            TempData["Notice"] = text["Organization.BranchSaved"].Value;
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        Profile = ProfileInput.From(Organization);
        return Page();
    }

    public async Task<IActionResult> OnPostGrantSupportAsync(CancellationToken cancellationToken)
    {
        if (await ModelState.TryExecuteAsync("", () => accounts.ExecuteCommandAsync(new GrantSupportAccess(SupportDays), cancellationToken), text, SupportFields))
        {
            TempData["Notice"] = text["Support.Granted"].Value;
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        Profile = ProfileInput.From(Organization);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeSupportAsync(CancellationToken cancellationToken)
    {
        await accounts.ExecuteCommandAsync(new RevokeSupportAccess(), cancellationToken);
        TempData["Notice"] = text["Support.Revoked"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        SupportAccess = await accounts.ExecuteQueryAsync(new GetSupportAccess(), cancellationToken);
        Organization = await accounts.ExecuteQueryAsync(new GetMyOrganization(), cancellationToken);
        Branches = await accounts.ExecuteQueryAsync(new ListBranches(), cancellationToken);
    }

    internal sealed class ProfileInput
    {
        public string? Name { get; set; }

        public string? Eori { get; set; }

        public string? Sisc { get; set; }

        public AddressInput Address { get; set; } = new();

        public bool RequireTwoFactor { get; set; }

        public static ProfileInput From(OrganizationDto o) =>
            new() { Name = o.Name, Eori = o.Eori, Sisc = o.Sisc, Address = AddressInput.From(o.Address), RequireTwoFactor = o.RequireTwoFactor };
    }

    internal sealed class BranchInput
    {
        public Guid? Id { get; set; }

        public string? Code { get; set; }

        public string? Name { get; set; }

        public AddressInput Address { get; set; } = new();
    }
}
