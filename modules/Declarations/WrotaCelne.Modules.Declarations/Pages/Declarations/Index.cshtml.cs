using WrotaCelne.Plugins.Abstractions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Resources;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>The declarations of the signed-in user's organization.</summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.View)]
internal sealed class IndexModel(IDeclarationsModule declarations, IAccountsModule accounts, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    [BindProperty]
    public DraftInput Input { get; set; } = new();

    public IReadOnlyList<DeclarationSummaryDto> Drafts { get; private set; } = [];

    public bool Created { get; private set; }

    /// <summary>The branches the user may put a declaration in (all of the organization's unless the user is limited).</summary>
    public IReadOnlyList<BranchDto> Branches { get; private set; } = [];

    public bool MayCreate => AccessPolicies.Holds(User, DeclarationsPermissions.Create);

    public bool MayManageSettings => AccessPolicies.Holds(User, DeclarationsPermissions.ManageSettings);

    public LrnMaskDto? LrnMask { get; private set; }

    [BindProperty]
    public string? Mask { get; set; }

    public async Task<IActionResult> OnPostMaskAsync(CancellationToken cancellationToken)
    {
        if (!MayManageSettings)
        {
            return Forbid();
        }

        if (await ModelState.TryExecuteAsync("", () => declarations.ExecuteCommandAsync(new SetLrnMask(User.Scope(), Mask ?? ""), cancellationToken), text, MaskFields))
        {
            TempData["Notice"] = text["Lrn.Saved"].Value;
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private static readonly Dictionary<string, string> MaskFields = new() { ["mask"] = nameof(Mask) };

    public async Task OnGetAsync(bool created, CancellationToken cancellationToken)
    {
        Created = created;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MayCreate)
        {
            return Forbid();
        }

        if (await ModelState.TryExecuteAsync("Input", () =>
                declarations.ExecuteCommandAsync(new CreateDraft(User.Scope(), User.Actor(), Input.Family ?? "", Input.Lrn ?? "", Input.BranchId), cancellationToken),
                text))
        {
            return RedirectToPage(new { created = true });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        Drafts = (await declarations.ExecuteQueryAsync(new SearchDeclarations(scope, new DeclarationFilter()), cancellationToken)).Items;
        Branches = (await accounts.ExecuteQueryAsync(new ListOrganizationBranches(scope.OrganizationId), cancellationToken)).Where(b => scope.Covers(b.Id)).ToList();
        LrnMask = await declarations.ExecuteQueryAsync(new GetLrnMask(scope), cancellationToken);
        Mask ??= LrnMask.Mask;
    }

    internal sealed class DraftInput
    {
        public string? Family { get; set; } = DeclarationFamilyCode.Transit;

        public string? Lrn { get; set; }

        public Guid? BranchId { get; set; }
    }
}
