namespace WrotaCelne.Benchmarks.Http;

/// <summary>One page read by the probe: which page, when it started (from the start of the measurement), how long it took, whether it answered 200.</summary>
internal sealed record ProbeSample(string Path, TimeSpan At, TimeSpan Latency, bool Ok);
