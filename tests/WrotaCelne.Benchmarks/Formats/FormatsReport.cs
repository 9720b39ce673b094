using System.Globalization;
using System.Text;
using WrotaCelne.Benchmarks.Reporting;

namespace WrotaCelne.Benchmarks.Formats;

internal sealed record FormatsReport(MachineInfo Machine, FormatsBenchmarkOptions Options, IReadOnlyList<FormatScenarioResult> Results, string Title = "Format plugins benchmark")
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {Title}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine}.").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Each scenario: {Options.WarmUp:N0} warm-up calls, then {Options.Runs:N0} measured calls on one thread through the plugin loaded by the host's loader; the heap is measured after a full, compacting collection {Options.Checkpoints} times along the way.").AppendLine();
        var table = new MarkdownTable("scenario", "message size", "p50 ms", "p95 ms", "p99 ms", "max ms", "allocated per call", "heap after GC, first → last (min–max)", "failed calls");
        foreach (var r in Results)
        {
            table.Row(
                r.Name,
                Kb(r.Bytes),
                Ms(r.Latency.P50),
                Ms(r.Latency.P95),
                Ms(r.Latency.P99),
                Ms(r.Latency.Max),
                Kb(r.AllocatedPerCall),
                $"{Mb(r.HeapAfterCollection[0])} → {Mb(r.HeapAfterCollection[^1])} ({Mb(r.HeapAfterCollection.Min())}–{Mb(r.HeapAfterCollection.Max())})",
                r.Failures.ToString(CultureInfo.InvariantCulture));
        }

        table.WriteTo(text);
        return text.ToString();
    }

    private static string Ms(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Kb(double bytes) => (bytes / 1024).ToString("N1", CultureInfo.InvariantCulture) + " KiB";

    private static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("N2", CultureInfo.InvariantCulture) + " MiB";
}
