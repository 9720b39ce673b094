using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Application;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.ReferenceData;
using WrotaCelne.Modules.Declarations.Resources;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>The operator's reference data console: each codelist's source and version, and the import of official files.</summary>
[Authorize(Policy = AccessPolicies.PlatformOperator)]
[RequestSizeLimit(CodeListFile.MaxBytes + (256 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = CodeListFile.MaxBytes + (256 * 1024))]
internal sealed class CodeListsModel(IDeclarationsModule declarations, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    [BindProperty]
    public string? List { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<CodeListDto> Lists { get; private set; } = [];

    public CodeListImportDto? Imported { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lists = await declarations.ExecuteQueryAsync(new ListCodeLists(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["CodeLists.NoFile"]);
        }
        else if (Upload.Length > CodeListFile.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["CodeLists.TooLarge"]);
        }
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, cancellationToken);
            CodeListImportDto? imported = null;
            if (await ModelState.TryExecuteAsync(
                    "",
                    async () => imported = await declarations.ExecuteCommandAsync(new ImportCodeList(List ?? "", Upload.FileName, buffer.ToArray(), User.Identity?.Name ?? "operator"), cancellationToken),
                    text,
                    new Dictionary<string, string> { ["file"] = nameof(Upload) }))
            {
                Imported = imported;
            }
        }

        Lists = await declarations.ExecuteQueryAsync(new ListCodeLists(), cancellationToken);
        return Page();
    }
}
