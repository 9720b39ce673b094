using Microsoft.EntityFrameworkCore;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>
/// Adds a declaration's parties to the address book and its goods to the catalogue (or marks known ones as used),
/// in the unit of work of the save that carries the declaration.
/// </summary>
internal sealed class AddressBookLearning(IDeclarationsData data)
{
    public async Task LearnAsync(Guid organizationId, CustomsDeclaration document, DateTime now, CancellationToken cancellationToken)
    {
        var p = document.Parties;
        var parties = PartyRoles.Of(p).Select(x => x.Party)
            .Where(x => !string.IsNullOrWhiteSpace(x?.Name) && (x.Name.Trim().Length <= Contractor.NameMaxLength))
            .Select(x => x!)
            .DistinctBy(Contractor.KeyOf)
            .ToList();
        var partyKeys = parties.Select(Contractor.KeyOf).ToList();
        var known = await data.Contractors.Where(c => c.OrganizationId == organizationId && partyKeys.Contains(c.MatchKey)).ToDictionaryAsync(c => c.MatchKey, cancellationToken);
        foreach (var party in parties)
        {
            if (known.TryGetValue(Contractor.KeyOf(party), out var contractor))
            {
                contractor.Used(now);
            }
            else
            {
                data.Contractors.Add(Contractor.Create(organizationId, party, learnt: true, now));
            }
        }

        var goods = document.Items
            .Where(i => !string.IsNullOrWhiteSpace(i.Description) && i.Description.Trim().Length <= CatalogueGoods.DescriptionMaxLength && i.GrossMass is null or >= 0 && i.NetMass is null or >= 0)
            .DistinctBy(CatalogueGoods.KeyOf)
            .ToList();
        var goodsKeys = goods.Select(CatalogueGoods.KeyOf).ToList();
        var catalogued = await data.CatalogueGoods.Where(g => g.OrganizationId == organizationId && goodsKeys.Contains(g.MatchKey)).ToDictionaryAsync(g => g.MatchKey, cancellationToken);
        foreach (var item in goods)
        {
            if (catalogued.TryGetValue(CatalogueGoods.KeyOf(item), out var entry))
            {
                entry.Used(now);
            }
            else if (item.CommodityCode is null or { Length: <= 10 })
            {
                data.CatalogueGoods.Add(CatalogueGoods.Create(organizationId, item, learnt: true, now));
            }
        }
    }
}
