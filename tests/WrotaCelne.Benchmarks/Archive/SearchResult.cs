using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.Archive;

/// <param name="AverageRows">Declarations on the answered page, on average (a page holds 50).</param>
/// <param name="Failures">Requests not answered 200.</param>
internal sealed record SearchResult(SearchScenario Scenario, LatencySummary Latency, double AverageRows, int Failures);
