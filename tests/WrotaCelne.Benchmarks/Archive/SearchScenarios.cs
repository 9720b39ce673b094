using System.Globalization;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>The searches an agency's people and ERP make, each with values that exist in the generated archive, taken in turn.</summary>
internal static class SearchScenarios
{
    private static readonly (string Family, string Status)[] FamilyStatuses =
    [
        ("transit", "writtenoff"), ("export", "exited"), ("import", "released"), ("transit", "draft"), ("export", "rejected"),
    ];

    public static IReadOnlyList<SearchScenario> For(ArchiveDataSet dataSet)
    {
        var probes = dataSet.Probes;
        var users = dataSet.Organization.Users;
        var branches = dataSet.Organization.Branches;
        var months = Months(probes.FirstDay, probes.LastDay);
        return
        [
            new("no filter, newest first", _ => ""),
            new("family + status", i => $"family={FamilyStatuses[i % FamilyStatuses.Length].Family}&status={FamilyStatuses[i % FamilyStatuses.Length].Status}"),
            new("office", i => "office=" + Take(probes.Offices, i)),
            new("LRN beginning", i => "lrn=" + Escape(Take(probes.LrnPrefixes, i))),
            new("MRN", i => "mrn=" + Take(probes.Mrns, i)),
            new("party, frequent company (full name)", i => "party=" + Escape(Take(probes.CommonParties, i))),
            new("party, rare company (full name)", i => "party=" + Escape(Take(probes.RareParties, i))),
            new("party, one very common word (gmbh)", _ => "party=gmbh"),
            new("party, EORI", i => "party=" + Take(probes.Eoris, i)),
            new("goods, one word", i => "q=" + Escape(Take(probes.GoodsWords, i))),
            new("one month", i => Month(Take(months, i))),
            new("transit + one month + frequent company", i => $"family=transit&{Month(Take(months, i))}&party={Escape(Take(probes.CommonParties, i))}"),
            new("user", i => "user=" + Take(users, i).Id),
            new("branch", i => "branch=" + Take(branches, i)),
            new("sorted by LRN", _ => "sort=lrn"),
            new("page 20", _ => "page=20"),
        ];
    }

    private static T Take<T>(IReadOnlyList<T> values, int i) => values[i % values.Count];

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string Month(DateOnly first) =>
        string.Create(CultureInfo.InvariantCulture, $"from={first:yyyy-MM-dd}&to={first.AddMonths(1).AddDays(-1):yyyy-MM-dd}");

    /// <summary>First days of the whole months in the archive, in a fixed shuffled order.</summary>
    private static List<DateOnly> Months(DateOnly first, DateOnly last)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(first.Year, first.Month, 1).AddMonths(1); month.AddMonths(1) <= last; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        new Random(7).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(months));
        return months;
    }
}
