namespace WrotaCelne.Benchmarks.Http;

/// <summary>One sign-in form post: its outcome, how long the answer took and the Retry-After it carried.</summary>
internal sealed record Attempt(AttemptOutcome Outcome, TimeSpan Latency, TimeSpan? RetryAfter);
