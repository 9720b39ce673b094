using System.Globalization;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Customs office codes of the generated archive, shaped like the real ones: PL, the chamber (30-45), the office and the
/// branch office, e.g. PL301010. The Polish list is in order of how often the agency lodges there.
/// </summary>
internal static class OfficeCodes
{
    public const int PolishCount = 300;

    public static IReadOnlyList<string> Polish { get; } = CreatePolish();

    /// <summary>Offices of destination abroad (transit).</summary>
    public static IReadOnlyList<string> Foreign { get; } = [.. Enumerable.Range(0, 60).Select(i => string.Create(CultureInfo.InvariantCulture, $"DE00{2100 + i * 7:D4}"))];

    /// <summary>Offices of exit at the eastern border (export).</summary>
    public static IReadOnlyList<string> Exit { get; } = ["PL351020", "PL352010", "PL311010", "PL321020", "PL341010", "PL371030", "PL381040", "PL401010"];

    private static List<string> CreatePolish()
    {
        // Chambers and offices in a shuffled but fixed order, so the busiest ones are spread over the country.
        var codes = (from chamber in Enumerable.Range(30, 16)
                     from office in Enumerable.Range(10, 20)
                     select string.Create(CultureInfo.InvariantCulture, $"PL{chamber}{office}10")).ToList();
        var random = new Random(301010);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(codes));
        return codes.Take(PolishCount).ToList();
    }
}
