using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.Formats;

/// <param name="AllocatedPerCall">Bytes allocated per call, on average.</param>
/// <param name="HeapAfterCollection">Managed heap after a full collection at each checkpoint, in bytes: flat means nothing is kept.</param>
/// <param name="Failures">Calls that answered with errors (must be 0).</param>
internal sealed record FormatScenarioResult(string Name, int Bytes, LatencySummary Latency, double AllocatedPerCall, IReadOnlyList<long> HeapAfterCollection, int Failures)
{
    public long HeapGrowth => HeapAfterCollection.Count == 0 ? 0 : HeapAfterCollection[^1] - HeapAfterCollection[0];
}
