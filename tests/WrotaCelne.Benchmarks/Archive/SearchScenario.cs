namespace WrotaCelne.Benchmarks.Archive;

/// <summary>One kind of archive search: its name in the report, and the query string of its <c>i</c>-th request (values taken in turn from the archive).</summary>
internal sealed record SearchScenario(string Name, Func<int, string> Query)
{
    /// <summary>The first request's query, for the report.</summary>
    public string Example => Query(0);
}
