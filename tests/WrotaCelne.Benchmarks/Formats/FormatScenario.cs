namespace WrotaCelne.Benchmarks.Formats;

/// <summary>One call measured many times; <see cref="Call"/> returns false when the plugin answered with errors.</summary>
internal sealed record FormatScenario(string Name, int Bytes, Func<bool> Call);
