namespace WrotaCelne.Benchmarks.Archive;

/// <summary>Values the generated archive of the big organization holds, for the search scenarios to look for.</summary>
/// <param name="CommonParties">Names of the companies the agency works for most (thousands of declarations each).</param>
/// <param name="RareParties">Names of companies at the tail (a few dozen declarations each).</param>
/// <param name="LrnPrefixes">Beginnings of existing LRNs that about a hundred LRNs share (year and four of six digits).</param>
/// <param name="Offices">The busiest offices.</param>
/// <param name="FirstDay">The day (UTC) of the oldest declaration.</param>
/// <param name="LastDay">The day (UTC) of the newest declaration.</param>
internal sealed record SearchProbes(
    IReadOnlyList<string> CommonParties,
    IReadOnlyList<string> RareParties,
    IReadOnlyList<string> Eoris,
    IReadOnlyList<string> Mrns,
    IReadOnlyList<string> LrnPrefixes,
    IReadOnlyList<string> Offices,
    IReadOnlyList<string> GoodsWords,
    DateOnly FirstDay,
    DateOnly LastDay);
