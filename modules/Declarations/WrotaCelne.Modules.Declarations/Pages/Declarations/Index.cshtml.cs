using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Resources;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>The declarations of the signed-in user's organization.</summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.View)]
internal sealed class IndexModel(IDeclarationsModule declarations, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    [BindProperty]
    public DraftInput Input { get; set; } = new();

    public IReadOnlyList<DraftDto> Drafts { get; private set; } = [];

    public bool Created { get; private set; }

    public bool MayCreate => User.HasClaim(AccessPolicies.PermissionClaim, DeclarationsPermissions.Create);

    public async Task OnGetAsync(bool created, CancellationToken cancellationToken)
    {
        Created = created;
        Drafts = await declarations.ExecuteQueryAsync(new ListDrafts(User.OrganizationId()), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MayCreate)
        {
            return Forbid();
        }

        if (await ModelState.TryExecuteAsync("Input", () =>
                declarations.ExecuteCommandAsync(new CreateDraft(User.OrganizationId(), Input.Family ?? "", Input.Lrn ?? ""), cancellationToken),
                text))
        {
            return RedirectToPage(new { created = true });
        }

        Drafts = await declarations.ExecuteQueryAsync(new ListDrafts(User.OrganizationId()), cancellationToken);
        return Page();
    }

    internal sealed class DraftInput
    {
        public string? Family { get; set; } = DeclarationFamilyCode.Transit;

        public string? Lrn { get; set; }
    }
}
