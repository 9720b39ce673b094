using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Resources;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>Load a declaration from an XML message file (CC015C, CC515C, ZC415): a new draft and a report of what did not map.</summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.Create)]
[RequestSizeLimit(ImportDeclarationFile.MaxBytes + (256 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ImportDeclarationFile.MaxBytes + (256 * 1024))]
internal sealed class ImportModel(IDeclarationsModule declarations, IAccountsModule accounts, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public Guid? BranchId { get; set; }

    public IReadOnlyList<BranchDto> Branches { get; private set; } = [];

    public ImportedDraftDto? Imported { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadBranchesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Error.import.empty"]);
        }
        else if (Upload.Length > ImportDeclarationFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["Error.import.tooLarge", ImportDeclarationFile.MaxBytes / 1024 / 1024]);
        }
        else
        {
            await using var stream = Upload.OpenReadStream();
            var content = await BoundedBody.ReadAsync(stream, ImportDeclarationFile.MaxBytes, cancellationToken) ?? [];
            ImportedDraftDto? imported = null;
            if (await ModelState.TryExecuteAsync(
                    "",
                    async () => imported = await declarations.ExecuteCommandAsync(new ImportDeclarationFile(User.Scope(), User.Actor(), content, Path.GetFileName(Upload.FileName), BranchId), cancellationToken),
                    text,
                    new Dictionary<string, string> { ["file"] = nameof(Upload), ["branchId"] = nameof(BranchId) }))
            {
                Imported = imported;
            }
        }

        await LoadBranchesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadBranchesAsync(CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        Branches = (await accounts.ExecuteQueryAsync(new ListOrganizationBranches(scope.OrganizationId), cancellationToken)).Where(b => scope.Covers(b.Id)).ToList();
    }
}
