using WrotaCelne.Benchmarks.Http;

namespace WrotaCelne.Benchmarks.Measurement;

/// <summary>How many sign-in attempts ended each way.</summary>
internal sealed record OutcomeCounts(int Total, int SignedIn, int Refused, int Busy, int RateLimited, int Other)
{
    public static OutcomeCounts Of(IReadOnlyCollection<Attempt> attempts) => new(
        attempts.Count,
        attempts.Count(a => a.Outcome == AttemptOutcome.SignedIn),
        attempts.Count(a => a.Outcome == AttemptOutcome.Refused),
        attempts.Count(a => a.Outcome == AttemptOutcome.Busy),
        attempts.Count(a => a.Outcome == AttemptOutcome.RateLimited),
        attempts.Count(a => a.Outcome == AttemptOutcome.Other));

    public int NotSignedIn => Total - SignedIn;
}
