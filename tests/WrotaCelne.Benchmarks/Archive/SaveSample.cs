namespace WrotaCelne.Benchmarks.Archive;

/// <summary>One draft save: whether it was answered 200 with a new revision, and how long the answer took.</summary>
internal sealed record SaveSample(bool Ok, TimeSpan Latency);
