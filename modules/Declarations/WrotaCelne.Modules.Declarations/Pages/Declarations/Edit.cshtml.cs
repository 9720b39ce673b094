using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.AddressBook;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.ReferenceData;
using WrotaCelne.Modules.Declarations.Contracts.Templates;
using WrotaCelne.Modules.Declarations.Resources;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>
/// The declaration editor: header, parties (filled from the address book), guarantees, consignment, documents and the goods
/// items table (add, copy, remove rows; goods from the catalogue). Every action saves the draft, then the page shows the
/// validation findings next to their fields.
/// </summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.View)]
internal sealed class EditModel(IDeclarationsModule declarations, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    [BindProperty]
    public CustomsDeclaration Document { get; set; } = new();

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? PartyRole { get; set; }

    [BindProperty]
    public Guid? ContractorId { get; set; }

    [BindProperty]
    public List<Guid> CatalogueIds { get; set; } = [];

    [BindProperty]
    public string? TemplateName { get; set; }

    public DeclarationDto Declaration { get; private set; } = null!;

    public ValidationReportDto? Report { get; private set; }

    public IReadOnlyList<ContractorDto> Contractors { get; private set; } = [];

    public IReadOnlyList<CatalogueGoodsDto> Catalogue { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<CodeListEntryDto>> CodeLists { get; private set; } = new Dictionary<string, IReadOnlyList<CodeListEntryDto>>();

    /// <summary>Form fields the page has drawn; the rest of the document travels in hidden fields.</summary>
    public HashSet<string> Drawn { get; } = new(StringComparer.Ordinal);

    public bool MayEdit => AccessPolicies.Holds(User, DeclarationsPermissions.Edit) && Declaration.Editable;

    public string Label(string field) => Application.DeclarationLabels.Of(field, CultureInfo.CurrentUICulture);

    public IEnumerable<string> Roles => Document.Family switch
    {
        DeclarationFamily.Export => ["exporter", "declarant", "consignee", "carrier"],
        DeclarationFamily.Import => ["importer", "declarant", "consignor"],
        _ => ["holder", "consignor", "consignee", "carrier"],
    };

    public async Task<IActionResult> OnGetAsync(Guid id, bool check, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Document = Declaration.Document;
        Revision = Declaration.Revision;
        if (!MayEdit)
        {
            return RedirectToPage("View", new { id });
        }

        if (check)
        {
            await CheckAsync(id, cancellationToken);
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, _ => { }, cancellationToken);

    public Task<IActionResult> OnPostItemAsync(Guid id, string op, int row, CancellationToken cancellationToken) => SaveAsync(id, d =>
    {
        var items = d.Items;
        switch (op)
        {
            case "add":
                items.Add(new GoodsItem { Number = NextNumber(items) });
                break;
            case "copy" when row >= 0 && row < items.Count:
                var copy = DeclarationJson.Deserialize(DeclarationJson.Serialize(new CustomsDeclaration { Items = [items[row]] })).Items[0];
                copy.Number = NextNumber(items);
                items.Add(copy);
                break;
            case "remove" when row >= 0 && row < items.Count:
                items.RemoveAt(row);
                for (var i = 0; i < items.Count; i++)
                {
                    items[i].Number = i + 1;
                }

                break;
        }
    }, cancellationToken, "items");

    public Task<IActionResult> OnPostDocumentAsync(Guid id, string kind, string op, int row, CancellationToken cancellationToken) => SaveAsync(id, d =>
    {
        var list = kind switch
        {
            "supporting" => d.Consignment.SupportingDocuments,
            "previous" => d.Consignment.PreviousDocuments,
            _ => d.Consignment.TransportDocuments,
        };
        if (op == "add")
        {
            list.Add(new DocumentReference());
        }
        else if (row >= 0 && row < list.Count)
        {
            list.RemoveAt(row);
        }
    }, cancellationToken, "documents");

    public Task<IActionResult> OnPostGuaranteeAsync(Guid id, string op, int row, CancellationToken cancellationToken) => SaveAsync(id, d =>
    {
        if (op == "add")
        {
            d.Guarantees.Add(new GuaranteeReference());
        }
        else if (row >= 0 && row < d.Guarantees.Count)
        {
            d.Guarantees.RemoveAt(row);
        }
    }, cancellationToken, "guarantees");

    public async Task<IActionResult> OnPostFillPartyAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ContractorId is not { } contractor || string.IsNullOrEmpty(PartyRole))
        {
            return await SaveAsync(id, _ => { }, cancellationToken, "parties");
        }

        return await SaveThenAsync(id, saved => declarations.ExecuteCommandAsync(new FillPartyFromContractor(User.Scope(), User.Actor(), id, saved, PartyRole, contractor), cancellationToken), "parties", cancellationToken);
    }

    public async Task<IActionResult> OnPostAddGoodsAsync(Guid id, CancellationToken cancellationToken)
    {
        if (CatalogueIds.Count == 0)
        {
            return await SaveAsync(id, _ => { }, cancellationToken, "items");
        }

        return await SaveThenAsync(id, saved => declarations.ExecuteCommandAsync(new AddGoodsFromCatalogue(User.Scope(), User.Actor(), id, saved, CatalogueIds), cancellationToken), "items", cancellationToken);
    }

    public async Task<IActionResult> OnPostTemplateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!AccessPolicies.Holds(User, DeclarationsPermissions.Create))
        {
            return Forbid();
        }

        if (await ModelState.TryExecuteAsync("", () => declarations.ExecuteCommandAsync(new SaveAsTemplate(User.Scope(), User.Actor(), id, TemplateName ?? ""), cancellationToken), text, new Dictionary<string, string> { ["name"] = nameof(TemplateName) }))
        {
            TempData["Notice"] = text["Templates.Saved"].Value;
            return RedirectToPage("Templates");
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<IActionResult> SaveThenAsync(Guid id, Func<int, Task<DeclarationDto>> then, string anchor, CancellationToken cancellationToken)
    {
        var saved = await TrySaveAsync(id, _ => { }, cancellationToken);
        if (saved is { } revision && await ModelState.TryExecuteAsync("", () => then(revision), text))
        {
            return Redirect(Url.Page("Edit", new { id, check = true }) + "#" + anchor);
        }

        return await RedisplayAsync(id, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(Guid id, Action<CustomsDeclaration> change, CancellationToken cancellationToken, string anchor = "")
    {
        if (await TrySaveAsync(id, change, cancellationToken) is not null)
        {
            return Redirect(Url.Page("Edit", new { id, check = true }) + (anchor.Length > 0 ? "#" + anchor : ""));
        }

        return await RedisplayAsync(id, cancellationToken);
    }

    /// <returns>The saved revision, or null when the form had errors (kept in the model state).</returns>
    private async Task<int?> TrySaveAsync(Guid id, Action<CustomsDeclaration> change, CancellationToken cancellationToken)
    {
        if (!AccessPolicies.Holds(User, DeclarationsPermissions.Edit))
        {
            ModelState.AddModelError("", text["Editor.NotAllowed"]);
            return null;
        }

        if (!ModelState.IsValid)
        {
            return null; // a value that is not a number or a date: shown at its field, nothing saved
        }

        change(Document);
        DeclarationDto? saved = null;
        if (await ModelState.TryExecuteAsync(
                "Document",
                async () => saved = await declarations.ExecuteCommandAsync(new UpdateDraft(User.Scope(), User.Actor(), id, Revision, Document), cancellationToken),
                text,
                new Dictionary<string, string> { ["revision"] = "", ["status"] = "" }))
        {
            return saved!.Revision;
        }

        return null;
    }

    private async Task<IActionResult> RedisplayAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task CheckAsync(Guid id, CancellationToken cancellationToken)
    {
        Report = await declarations.ExecuteQueryAsync(new ValidateDeclaration(User.Scope(), id, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), cancellationToken);
        foreach (var finding in Report.Findings.Where(f => f.Severity == "error"))
        {
            ModelState.AddModelError(EditorFields.NameOf(finding.Path), finding.Message);
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        Declaration = await declarations.ExecuteQueryAsync(new GetDraft(scope, id), cancellationToken);
        Contractors = await declarations.ExecuteQueryAsync(new ListContractors(scope, null, 200), cancellationToken);
        Catalogue = await declarations.ExecuteQueryAsync(new ListCatalogueGoods(scope, null, 200), cancellationToken);
        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        CodeLists = new Dictionary<string, IReadOnlyList<CodeListEntryDto>>
        {
            ["offices"] = await declarations.ExecuteQueryAsync(new GetCodeListEntries("customs-offices", day, null, "countryId", "PL", 1000), cancellationToken),
            ["kinds-of-package"] = await declarations.ExecuteQueryAsync(new GetCodeListEntries("kinds-of-package", day, null, null, null, 1000), cancellationToken),
            ["transport-modes"] = await declarations.ExecuteQueryAsync(new GetCodeListEntries("transport-modes", day, null, null, null, 100), cancellationToken),
            ["document-types"] = await declarations.ExecuteQueryAsync(new GetCodeListEntries("document-types", day, null, null, null, 1000), cancellationToken),
            ["countries"] = await declarations.ExecuteQueryAsync(new GetCodeListEntries("countries", day, null, null, null, 400), cancellationToken),
        };
    }

    private static int NextNumber(List<GoodsItem> items) => items.Count == 0 ? 1 : items.Max(i => i.Number) + 1;
}
