using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;

namespace WrotaCelne.FormatTests.Generation;

/// <summary>The import generator is deterministic and covers what the round-trip tests claim to cover.</summary>
public sealed class ImportDeclarationsTests
{
    private static readonly IReadOnlyList<CustomsDeclaration> Generated = Enumerable.Range(1, 300).Select(ImportDeclarations.Generate).ToList();

    [Fact]
    public void The_same_seed_gives_the_same_declaration_and_seeds_differ()
    {
        Assert.Equal(DeclarationJson.Serialize(ImportDeclarations.Generate(5)), DeclarationJson.Serialize(ImportDeclarations.Generate(5)));
        Assert.Equal(300, Generated.Select(d => d.Lrn).Distinct().Count());
    }

    [Fact]
    public void Types_statuses_and_optional_groups_all_occur()
    {
        Assert.Equal(["CO", "EU", "IM"], Generated.Select(d => d.DeclarationType!).Distinct().Order());
        Assert.Equal(9, Generated.Select(d => d.AdditionalDeclarationType).Distinct().Count());
        Assert.Equal(["2", "3"], Generated.Select(d => d.Parties.Representative?.Status).OfType<string>().Distinct().Order());
        Assert.Contains(Generated, d => d.Parties.Exporter is null);
        Assert.Contains(Generated, d => d.Parties.Exporter?.Eori is null && d.Parties.Exporter?.Address is not null);
        Assert.Contains(Generated, d => d.Security is null);
        Assert.Contains(Generated, d => d.Items.Any(i => i.PreviousDocuments.Count > 0));
        Assert.All(Generated, d => Assert.All(d.Items, i => Assert.Equal(10, i.CommodityCode!.Length)));
    }

    [Fact]
    public void Item_counts_range_from_one_to_a_hundred()
    {
        Assert.Equal(1, Generated.Min(d => d.Items.Count));
        Assert.InRange(Generated.Max(d => d.Items.Count), 90, 100);
    }
}
