using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.SignIn;

/// <summary>Correct-password sign-ins by <paramref name="Clients"/> concurrent clients; latency over every attempt.</summary>
internal sealed record ThroughputResult(int Clients, TimeSpan Elapsed, OutcomeCounts Outcomes, LatencySummary Latency)
{
    public double SignInsPerSecond => Outcomes.SignedIn / Elapsed.TotalSeconds;
}
