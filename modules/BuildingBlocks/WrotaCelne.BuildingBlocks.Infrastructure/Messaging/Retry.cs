namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>How failed outbox and inbox rows are retried: exponential backoff, then parked for an operator.</summary>
public static class Retry
{
    public const int MaxAttempts = 10;

    private static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(10);

    /// <summary>Wait before the next attempt: 2, 4, 8 ... seconds, at most ten minutes.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Clamp(attempts, 1, 20)), Ceiling.TotalSeconds));
}
