using WrotaCelne.Plugins.Abstractions;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
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

    /// <summary>The archive's filters, from the query string (the same names as the API's).</summary>
    [BindProperty(SupportsGet = true)]
    public ArchiveFilter Filter { get; set; } = new();

    public bool HasMore { get; private set; }

    public bool Created { get; private set; }

    /// <summary>The branches the user may put a declaration in (all of the organization's unless the user is limited).</summary>
    public IReadOnlyList<BranchDto> Branches { get; private set; } = [];

    public bool MayCreate => AccessPolicies.Holds(User, DeclarationsPermissions.Create);

    public bool MayEdit => AccessPolicies.Holds(User, DeclarationsPermissions.Edit);

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

    /// <summary>The same search as CSV, in the API's parameter names.</summary>
    public string ExportLink => QueryHelpers.AddQueryString("/api/v1/declarations/export.csv", new Dictionary<string, string?>
    {
        ["family"] = Filter.Family, ["status"] = Filter.Status, ["lrn"] = Filter.Lrn, ["mrn"] = Filter.Mrn, ["party"] = Filter.Party, ["office"] = Filter.Office,
        ["from"] = Filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = Filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["branch"] = Filter.Branch?.ToString(), ["user"] = Filter.Mine ? User.Actor().UserId.ToString() : null, ["q"] = Filter.Q, ["sort"] = Filter.Sort,
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    public string NextPageLink
    {
        get
        {
            var query = QueryHelpers.ParseQuery(Request.QueryString.Value).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
            query["Filter.Page"] = ((Filter.Page ?? 1) + 1).ToString(CultureInfo.InvariantCulture);
            return QueryHelpers.AddQueryString("/declarations", query);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MayCreate)
        {
            return Forbid();
        }

        DraftDto? draft = null;
        if (await ModelState.TryExecuteAsync("Input", async () =>
                draft = await declarations.ExecuteCommandAsync(new CreateDraft(User.Scope(), User.Actor(), Input.Family ?? "", Input.Lrn ?? "", Input.BranchId), cancellationToken),
                text))
        {
            return RedirectToPage("Edit", new { id = draft!.Id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        var filter = new DeclarationFilter(
            Filter.Family, Filter.Status, Filter.Lrn, Filter.Mrn, Filter.Party, Filter.Office, Filter.From is { } from ? WarsawTime.StartOfDayUtc(from) : null, Filter.To is { } to ? WarsawTime.StartOfDayUtc(to.AddDays(1)) : null, Filter.Mine ? User.Actor().UserId : null, Filter.Branch, Filter.Q, Filter.Sort);
        await ModelState.TryExecuteAsync(
            "Filter",
            async () =>
            {
                var page = await declarations.ExecuteQueryAsync(new SearchDeclarations(scope, filter, Math.Max(1, Filter.Page ?? 1), 50), cancellationToken);
                Drafts = page.Items;
                HasMore = page.HasMore;
            },
            text);
        Branches = (await accounts.ExecuteQueryAsync(new ListOrganizationBranches(scope.OrganizationId), cancellationToken)).Where(b => scope.Covers(b.Id)).ToList();
        LrnMask = await declarations.ExecuteQueryAsync(new GetLrnMask(scope), cancellationToken);
        Mask ??= LrnMask.Mask;
    }

    internal sealed class ArchiveFilter
    {
        public string? Family { get; set; }

        public string? Status { get; set; }

        public string? Lrn { get; set; }

        public string? Mrn { get; set; }

        public string? Party { get; set; }

        public string? Office { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public Guid? Branch { get; set; }

        /// <summary>Only the declarations the signed-in user started.</summary>
        public bool Mine { get; set; }

        public string? Q { get; set; }

        public string? Sort { get; set; }

        public int? Page { get; set; }
    }

    internal sealed class DraftInput
    {
        public string? Family { get; set; } = DeclarationFamilyCode.Transit;

        public string? Lrn { get; set; }

        public Guid? BranchId { get; set; }
    }
}
