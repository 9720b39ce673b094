using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.SignIn;

/// <summary>Page latency seen by a signed-in person, on an idle host and while <paramref name="FloodClients"/> clients post sign-ins without pause.</summary>
/// <param name="Pages">Idle first, then stretches of the flood.</param>
internal sealed record ResponsivenessResult(
    int FloodClients,
    IReadOnlyList<PageLatency> Pages,
    OutcomeCounts Flood,
    TimeSpan FloodElapsed,
    LatencySummary FloodSignInLatency)
{
    public double FloodSignInsPerSecond => Flood.SignedIn / FloodElapsed.TotalSeconds;
}
