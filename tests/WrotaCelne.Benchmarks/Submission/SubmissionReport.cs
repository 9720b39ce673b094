using System.Globalization;
using System.Text;
using WrotaCelne.Benchmarks.Measurement;
using WrotaCelne.Benchmarks.Reporting;

namespace WrotaCelne.Benchmarks.Submission;

/// <summary>One run of the sending benchmark, written as markdown.</summary>
internal sealed record SubmissionReport(DateTimeOffset StartedAt, MachineInfo Machine, SubmissionBenchmarkOptions Options, SubmissionResult Result, TimeSpan? OtherProcessesBusy)
{
    public string ToMarkdown()
    {
        var r = Result;
        var text = new StringBuilder();
        text.AppendLine("# Sending benchmark (send → MRN through the built-in gateway simulator)").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Run: {StartedAt:yyyy-MM-dd HH:mm} UTC. Machine: {Machine}.");
        if (OtherProcessesBusy is { } other)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- Other processes used {other.TotalSeconds:0.0} s of processor time during the run; much more than a few seconds skews the numbers.");
        }

        var intervals = Options.Intervals is { } i ? $"{i.TotalSeconds:0.###} s (both)" : "the product's defaults (dispatch 2 s, poll 5 s)";
        text.AppendLine(CultureInfo.InvariantCulture, $"- {r.Declarations} transit declarations of {r.Items} goods items, sent by {r.Clients} concurrent client(s); dispatcher and poller intervals: {intervals}; simulator answers due at once (receipt, MRN, release; no write-off).");
        text.AppendLine(CultureInfo.InvariantCulture, $"- The host is its own process (Production, HTTPS for the clients, plain HTTP on loopback to its built-in simulator); it used {r.HostProcessorTime.TotalSeconds:0.0} s of processor time in all (setup and warm-up included).").AppendLine();

        var sends = LatencySummary.Of(r.Sends);
        var toMrn = LatencySummary.Of(r.ToMrn);
        new MarkdownTable("measure", "value")
            .Row("throughput, send → MRN", $"**{r.PerSecond:0.0} declarations/s** ({r.Declarations} in {r.Span.TotalSeconds:0.0} s, first sent to last MRN)")
            .Row("send → MRN per declaration", $"p50 {Ms(toMrn.P50)}, p95 {Ms(toMrn.P95)}, max {Ms(toMrn.Max)}")
            .Row("\"send\" call (validate, sign, queue)", $"p50 {Ms(sends.P50)}, p95 {Ms(sends.P95)}, max {Ms(sends.Max)}")
            .Row("seen by the client", $"{r.Observed.TotalSeconds:0.0} s until every MRN was listed (polling every 0.25 s)")
            .WriteTo(text);
        return text.ToString();
    }

    private static string Ms(double milliseconds) => milliseconds >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000:0.00} s")
        : string.Create(CultureInfo.InvariantCulture, $"{milliseconds:0} ms");
}
