namespace WrotaCelne.Benchmarks.SignIn;

/// <param name="Duration">How long each measured phase runs.</param>
/// <param name="ClientCounts">The numbers of concurrent clients the throughput scenario measures, one phase each.</param>
/// <param name="FloodClients">Concurrent clients posting sign-ins in the responsiveness scenario.</param>
/// <param name="Output">The markdown file the results are written to.</param>
internal sealed record SignInBenchmarkOptions(TimeSpan Duration, IReadOnlyList<int> ClientCounts, int FloodClients, string Output);
