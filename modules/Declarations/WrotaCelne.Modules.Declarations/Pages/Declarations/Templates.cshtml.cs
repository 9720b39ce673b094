using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Templates;
using WrotaCelne.Modules.Declarations.Resources;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>The organization's templates: start a declaration from one, or delete it.</summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.View)]
internal sealed class TemplatesModel(IDeclarationsModule declarations, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    public IReadOnlyList<TemplateSummaryDto> Templates { get; private set; } = [];

    public bool MayCreate => AccessPolicies.Holds(User, DeclarationsPermissions.Create);

    public bool MayDelete => AccessPolicies.Holds(User, DeclarationsPermissions.Delete);

    [BindProperty]
    public Guid? BranchId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Templates = await declarations.ExecuteQueryAsync(new ListTemplates(User.Scope()), cancellationToken);

    public async Task<IActionResult> OnPostUseAsync(Guid templateId, CancellationToken cancellationToken)
    {
        if (!MayCreate)
        {
            return Forbid();
        }

        DraftDto? draft = null;
        var branch = User.Scope().IsLimitedToBranches ? User.Scope().BranchIds[0] : (Guid?)null;
        if (await ModelState.TryExecuteAsync("", async () => draft = await declarations.ExecuteCommandAsync(new CreateFromTemplate(User.Scope(), User.Actor(), templateId, "", branch), cancellationToken), text))
        {
            return RedirectToPage("Edit", new { id = draft!.Id });
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid templateId, CancellationToken cancellationToken)
    {
        if (!MayDelete)
        {
            return Forbid();
        }

        await declarations.ExecuteCommandAsync(new DeleteTemplate(User.Scope(), templateId), cancellationToken);
        TempData["Notice"] = text["Templates.Deleted"].Value;
        return RedirectToPage();
    }
}
