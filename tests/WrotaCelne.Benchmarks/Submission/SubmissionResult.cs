namespace WrotaCelne.Benchmarks.Submission;

/// <param name="Sends">Each "send" call: validation, signing, queueing with the outbox row.</param>
/// <param name="ToMrn">Per declaration: from its signed CC015C to its CC028C, by the host's clock.</param>
/// <param name="Span">From the first declaration sent to the last MRN taken in.</param>
/// <param name="Observed">From the first "send" until the client saw every MRN (includes its poll interval).</param>
internal sealed record SubmissionResult(
    int Declarations, int Clients, int Items, IReadOnlyList<TimeSpan> Sends, IReadOnlyList<TimeSpan> ToMrn, TimeSpan Span, TimeSpan Observed, TimeSpan HostProcessorTime)
{
    public double PerSecond => Declarations / Span.TotalSeconds;
}
