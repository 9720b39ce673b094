using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;

namespace WrotaCelne.FormatTests.Generation;

/// <summary>What a generated set covered, so a test can show the generator stayed broad (and fails when it narrows).</summary>
internal sealed class TransitGeneratedSpread
{
    private readonly HashSet<string> declarationTypes = [];
    private readonly HashSet<int> securities = [];
    private int reduced;
    private int withoutConsignee;
    private int withLocation;
    private int manyItems;
    private int maxItems;
    private int manyGuarantees;
    private int seals;
    private int maxLengthDescriptions;
    private int diacritics;
    private int heaviest;

    public void Add(CustomsDeclaration d)
    {
        declarationTypes.Add(d.DeclarationType!);
        securities.Add(d.Security!.Value);
        reduced += d.ReducedDatasetIndicator == true ? 1 : 0;
        withoutConsignee += d.Parties.Consignee is null ? 1 : 0;
        withLocation += d.Consignment.LocationOfGoods is not null ? 1 : 0;
        manyItems += d.Items.Count >= 60 ? 1 : 0;
        maxItems = Math.Max(maxItems, d.Items.Count);
        manyGuarantees += d.Guarantees.Count > 2 ? 1 : 0;
        seals += d.Consignment.TransportEquipment.Sum(e => e.Seals.Count);
        maxLengthDescriptions += d.Items.Count(i => i.Description!.Length == 512);
        diacritics += d.Items.Any(i => i.Description!.AsSpan().IndexOfAny("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ") >= 0) ? 1 : 0;
        heaviest += d.Consignment.GrossMass == 9999999999.999999m ? 1 : 0;
    }

    public void AssertBroad()
    {
        Assert.Equal(["T", "T1", "T2", "T2F", "TIR"], declarationTypes.Order(StringComparer.Ordinal));
        Assert.Equal([0, 1, 2, 3], securities.Order());
        Assert.True(reduced > 0 && withoutConsignee > 0 && withLocation > 0 && manyGuarantees > 0 && seals > 0);
        Assert.True(manyItems > 0 && maxItems > 150, $"items up to {maxItems}");
        Assert.True(maxLengthDescriptions > 0 && diacritics > 0 && heaviest > 0);
    }
}
