using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>Documents from the gateway that no declaration took, for a person to look at and mark as dealt with.</summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.View)]
internal sealed class UnmatchedModel(IDeclarationsModule declarations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Reviewed { get; set; }

    public UnmatchedDocumentsDto Documents { get; private set; } = null!;

    public bool MayReview => AccessPolicies.Holds(User, DeclarationsPermissions.Submit);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Documents = await declarations.ExecuteQueryAsync(new ListUnmatchedDocuments(User.Scope(), Reviewed), cancellationToken);

    public async Task<IActionResult> OnPostReviewAsync(Guid messageId, CancellationToken cancellationToken)
    {
        if (!MayReview)
        {
            return Forbid();
        }

        await declarations.ExecuteCommandAsync(new ReviewUnmatchedDocument(User.Scope(), User.Actor(), messageId), cancellationToken);
        return RedirectToPage(new { Reviewed });
    }
}
