using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>Draft saves by <paramref name="Clients"/> concurrent editors, each on a draft of its own.</summary>
internal sealed record SaveResult(int Clients, TimeSpan Elapsed, int Saves, int Failures, LatencySummary Latency)
{
    public double SavesPerSecond => Saves / Elapsed.TotalSeconds;
}
