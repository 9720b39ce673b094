using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>A declaration read-only, with the history of its changes; copying starts a new draft from it.</summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.View)]
internal sealed class ViewModel(IDeclarationsModule declarations) : PageModel
{
    public DeclarationDto Declaration { get; private set; } = null!;

    public IReadOnlyList<RevisionDto> History { get; private set; } = [];

    public bool MayEdit => Declaration.Editable && AccessPolicies.Holds(User, DeclarationsPermissions.Edit);

    public bool MayCopy => AccessPolicies.Holds(User, DeclarationsPermissions.Create);

    public string Label(string jsonPath) => Application.DeclarationLabels.Of(EditorFields.FieldOf(jsonPath), CultureInfo.CurrentUICulture);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Declaration = await declarations.ExecuteQueryAsync(new GetDraft(User.Scope(), id), cancellationToken);
        History = await declarations.ExecuteQueryAsync(new GetDeclarationHistory(User.Scope(), id), cancellationToken);
    }

    public async Task<IActionResult> OnPostCopyAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!MayCopyNow())
        {
            return Forbid();
        }

        var copy = await declarations.ExecuteCommandAsync(new CopyDeclaration(User.Scope(), User.Actor(), id, ""), cancellationToken);
        return RedirectToPage("Edit", new { id = copy.Id });
    }

    private bool MayCopyNow() => AccessPolicies.Holds(User, DeclarationsPermissions.Create);
}
