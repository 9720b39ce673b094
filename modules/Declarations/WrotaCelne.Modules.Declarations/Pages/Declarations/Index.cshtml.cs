using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;

using WrotaCelne.Modules.Declarations.Resources;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

internal sealed class IndexModel(IDeclarationsModule declarations, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    [BindProperty]
    public DraftInput Input { get; set; } = new();

    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; set; }

    public IReadOnlyList<DraftDto> Drafts { get; private set; } = [];

    public bool Created { get; private set; }

    public async Task OnGetAsync(bool created, CancellationToken cancellationToken)
    {
        Created = created;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        OrganizationId = Input.OrganizationId;
        if (await ModelState.TryExecuteAsync("Input", () =>
                declarations.ExecuteCommandAsync(new CreateDraft(Input.OrganizationId ?? Guid.Empty, Input.Family ?? "", Input.Lrn ?? ""), cancellationToken),
                text))
        {
            return RedirectToPage(new { organizationId = Input.OrganizationId, created = true });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (OrganizationId is { } organizationId)
        {
            Drafts = await declarations.ExecuteQueryAsync(new ListDrafts(organizationId), cancellationToken);
        }
    }

    internal sealed class DraftInput
    {
        public Guid? OrganizationId { get; set; }

        public string? Family { get; set; } = DeclarationFamilyCode.Transit;

        public string? Lrn { get; set; }
    }
}
