using WrotaCelne.BuildingBlocks;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>A kind of goods the organization declares often: description, commodity code, typical masses and packaging.</summary>
internal sealed class CatalogueGoods
{
    public const int DescriptionMaxLength = 512;

    private CatalogueGoods()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>Commodity code and description, upper case: one catalogue entry per pair.</summary>
    public string MatchKey { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string? CommodityCode { get; private set; }

    public decimal? GrossMass { get; private set; }

    public decimal? NetMass { get; private set; }

    public string? PackageKind { get; private set; }

    public string? CountryOfOrigin { get; private set; }

    public bool Learnt { get; private set; }

    public DateTime LastUsedAtUtc { get; private set; }

    public static CatalogueGoods Create(Guid organizationId, GoodsItem details, bool learnt, DateTime nowUtc)
    {
        var goods = new CatalogueGoods { Id = Guid.CreateVersion7(), OrganizationId = organizationId, Learnt = learnt, LastUsedAtUtc = nowUtc };
        goods.Change(details);
        return goods;
    }

    public static string KeyOf(GoodsItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"{item.CommodityCode?.Trim()}|{item.Description?.Trim().ToUpperInvariant()}";
    }

    public void Change(GoodsItem details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new InputErrors();
        var description = details.Description?.Trim() ?? "";
        if (description.Length is 0 or > DescriptionMaxLength)
        {
            errors.Add("description", "goods.description", "Describe the goods (1 to {0} characters).", DescriptionMaxLength);
        }

        if (details.GrossMass < 0 || details.NetMass < 0)
        {
            errors.Add("grossMass", "goods.mass", "Masses cannot be negative.");
        }

        errors.ThrowIfAny();
        Description = description;
        CommodityCode = string.IsNullOrWhiteSpace(details.CommodityCode) ? null : details.CommodityCode.Trim();
        GrossMass = details.GrossMass;
        NetMass = details.NetMass;
        PackageKind = details.Packages.FirstOrDefault()?.Kind?.Trim().ToUpperInvariant();
        CountryOfOrigin = details.CountryOfOrigin?.Trim().ToUpperInvariant();
        MatchKey = KeyOf(details);
    }

    public void Used(DateTime nowUtc) => LastUsedAtUtc = nowUtc > LastUsedAtUtc ? nowUtc : LastUsedAtUtc;

    /// <summary>A new goods item for a declaration, numbered <paramref name="number"/>.</summary>
    public GoodsItem ToItem(int number) => new()
    {
        Number = number,
        Description = Description,
        CommodityCode = CommodityCode,
        GrossMass = GrossMass,
        NetMass = NetMass,
        CountryOfOrigin = CountryOfOrigin,
        Packages = PackageKind is null ? [] : [new Packaging { Kind = PackageKind, Count = 1 }],
    };
}
