using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.AddressBook;
using WrotaCelne.Modules.Declarations.Resources;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>The address book of contractors and the goods catalogue: typed in here, or learnt from saved declarations.</summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.View)]
internal sealed class AddressBookModel(IDeclarationsModule declarations, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public Party Contractor { get; set; } = new() { Address = new Address() };

    [BindProperty]
    public GoodsItem Goods { get; set; } = new() { Packages = [new Packaging()] };

    public IReadOnlyList<ContractorDto> Contractors { get; private set; } = [];

    public IReadOnlyList<CatalogueGoodsDto> Catalogue { get; private set; } = [];

    public bool MayEdit => AccessPolicies.Holds(User, DeclarationsPermissions.Create);

    public bool MayDelete => AccessPolicies.Holds(User, DeclarationsPermissions.Delete);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostContractorAsync(CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        if (ModelState.IsValid && await ModelState.TryExecuteAsync("Contractor", () => declarations.ExecuteCommandAsync(new SaveContractor(User.Scope(), null, Contractor), cancellationToken), text))
        {
            TempData["Notice"] = text["Book.ContractorAdded"].Value;
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostGoodsAsync(CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        if (ModelState.IsValid && await ModelState.TryExecuteAsync("Goods", () => declarations.ExecuteCommandAsync(new SaveCatalogueGoods(User.Scope(), null, Goods), cancellationToken), text))
        {
            TempData["Notice"] = text["Book.GoodsAdded"].Value;
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteContractorAsync(Guid contractorId, CancellationToken cancellationToken)
    {
        if (!MayDelete)
        {
            return Forbid();
        }

        await declarations.ExecuteCommandAsync(new DeleteContractor(User.Scope(), contractorId), cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteGoodsAsync(Guid goodsId, CancellationToken cancellationToken)
    {
        if (!MayDelete)
        {
            return Forbid();
        }

        await declarations.ExecuteCommandAsync(new DeleteCatalogueGoods(User.Scope(), goodsId), cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Contractors = await declarations.ExecuteQueryAsync(new ListContractors(User.Scope(), Q, 200), cancellationToken);
        Catalogue = await declarations.ExecuteQueryAsync(new ListCatalogueGoods(User.Scope(), Q, 200), cancellationToken);
    }
}
