using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;

namespace WrotaCelne.FormatTests.Generation;

/// <summary>The export generator is deterministic and covers what the round-trip tests claim to cover.</summary>
public sealed class ExportDeclarationsTests
{
    private static readonly IReadOnlyList<CustomsDeclaration> Generated = Enumerable.Range(1, 300).Select(ExportDeclarations.Generate).ToList();

    [Fact]
    public void The_same_seed_gives_the_same_declaration_and_seeds_differ()
    {
        Assert.Equal(DeclarationJson.Serialize(ExportDeclarations.Generate(17)), DeclarationJson.Serialize(ExportDeclarations.Generate(17)));
        Assert.Equal(300, Generated.Select(d => d.Lrn).Distinct().Count());
    }

    [Fact]
    public void Types_statuses_and_optional_groups_all_occur()
    {
        Assert.Equal(["CO", "EU", "EX"], Generated.Select(d => d.DeclarationType!).Distinct().Order());
        Assert.Equal(9, Generated.Select(d => d.AdditionalDeclarationType).Distinct().Count());
        Assert.Equal(["2", "3"], Generated.Select(d => d.Parties.Representative?.Status).OfType<string>().Distinct().Order());
        Assert.Contains(Generated, d => d.Parties.Representative is null);
        Assert.Contains(Generated, d => d.Parties.Consignee is null);
        Assert.Contains(Generated, d => d.DeliveryTerms is not null);
        Assert.Contains(Generated, d => d.DeliveryTerms is null);
        Assert.Contains(Generated, d => d.Consignment.TransportEquipment.Any(e => e.Seals.Count > 0));
        Assert.Equal(["U", "V", "Y", "Z"], Generated.Select(d => d.Consignment.LocationOfGoods?.QualifierOfIdentification).OfType<string>().Distinct().Order());
        Assert.Contains(Generated, d => d.Items.Any(i => i.Packages.Any(p => p.Count is null)));
        Assert.Contains(Generated, d => d.Items.Any(i => i.CommodityCode!.Length == 10));
    }

    [Fact]
    public void Item_counts_range_from_one_to_a_hundred_and_texts_carry_diacritics()
    {
        Assert.Equal(1, Generated.Min(d => d.Items.Count));
        Assert.InRange(Generated.Max(d => d.Items.Count), 90, 100);
        Assert.Contains(Generated, d => d.Parties.Exporter!.Name?.Any(c => "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".Contains(c)) == true);
        Assert.Contains(Generated, d => d.Items.Any(i => i.Description!.Contains('<') || i.Description.Contains('&')));
    }
}
