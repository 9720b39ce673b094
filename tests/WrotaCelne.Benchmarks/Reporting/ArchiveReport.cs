using System.Globalization;
using System.Text;
using WrotaCelne.Benchmarks.Archive;

namespace WrotaCelne.Benchmarks.Reporting;

/// <summary>Everything one run of the archive benchmark measured, written as markdown.</summary>
/// <param name="MeasuringTime">From copying the data directory to stopping the host: the stretch other processes' share is taken over.</param>
/// <param name="Generated">Whether this run generated the data (otherwise it took the kept copy).</param>
internal sealed record ArchiveReport(
    DateTimeOffset StartedAt,
    TimeSpan RunTime,
    TimeSpan MeasuringTime,
    MachineInfo Machine,
    ArchiveBenchmarkOptions Options,
    TimeSpan? OtherProcessesBusy,
    ArchiveDataSet DataSet,
    bool Generated,
    TimeSpan CopyTime,
    long DatabaseBytes,
    IReadOnlyList<SearchResult> Searches,
    IReadOnlyList<SaveResult> Saves)
{
    /// <summary>The issue's target for a filtered search.</summary>
    public const double TargetMilliseconds = 100;

    public string ToMarkdown()
    {
        var data = DataSet;
        var others = string.Join(" and ", data.OtherDeclarations.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)));
        var text = new StringBuilder();
        text.AppendLine("# Archive benchmark").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Run: {StartedAt:yyyy-MM-dd HH:mm} UTC, {RunTime.TotalSeconds:0} s in all.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Machine}.");
        if (OtherProcessesBusy is { } other)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- Other processes used {other.TotalSeconds:0.0} s of processor time while searches and saves were measured ({other.TotalSeconds / (MeasuringTime.TotalSeconds * Machine.ProcessorCount):P0} of the machine); much more than a few percent skews the numbers.");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"- Data: {data.Organization.Declarations:N0} declarations of the organization searched, {others} of two others interleaved with them; {ArchiveDataSetBuilder.Companies:N0} companies, {OfficeCodes.PolishCount} offices, {data.Organization.Users.Count} users in {data.Organization.Branches.Count} branches, {data.Probes.FirstDay:yyyy-MM-dd} to {data.Probes.LastDay:yyyy-MM-dd}.");
        var generatedBy = Generated ? "this run" : $"an earlier run ({data.GeneratedAt:yyyy-MM-dd HH:mm} UTC) and kept";
        text.AppendLine(CultureInfo.InvariantCulture, $"- Generated from an empty data directory in {data.GenerationTime.TotalSeconds:0} s ({(data.Organization.Declarations + data.OtherDeclarations.Sum()) / data.GenerationTime.TotalSeconds:N0} declarations/s) by {generatedBy}; copied for this run in {CopyTime.TotalSeconds:0} s.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Declarations database file: {DatabaseBytes / 1024.0 / 1024 / 1024:0.00} GiB ({(double)DatabaseBytes / (data.Organization.Declarations + data.OtherDeclarations.Sum()):N0} bytes per declaration, with its history entry, indexes and full-text index).");
        text.AppendLine("- The host runs as its own process (its executable, Production environment, HTTPS on loopback); the client runs in the benchmark's process on the same cores, signed in as the organization's administrator (cookie session).");
        text.AppendLine("- Latency: from sending a request to the last byte of its answer, on a kept-alive connection.").AppendLine();

        WriteSearches(text);
        WriteSaves(text);
        return text.ToString();
    }

    private void WriteSearches(StringBuilder text)
    {
        text.AppendLine("## 1. Search latency").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"`GET /api/v1/declarations?...`, 50 per page, newest first unless sorted otherwise; one request at a time, {Options.WarmUp} unmeasured, then {Options.Requests} measured per scenario, values taken in turn from the archive. Target: p95 under {TargetMilliseconds:0} ms.").AppendLine();
        var table = new MarkdownTable("Scenario", "Example query", "Rows", "p50 ms", "p95 ms", "p99 ms", "max ms", "Not 200");
        foreach (var result in Searches)
        {
            table.Row(
                result.Scenario.Name,
                result.Scenario.Example.Length == 0 ? "(none)" : "`" + result.Scenario.Example + "`",
                MarkdownTable.Number(result.AverageRows, "0.#"),
                MarkdownTable.Ms(result.Latency.P50),
                MarkdownTable.Ms(result.Latency.P95) + (result.Latency.P95 >= TargetMilliseconds ? " (over)" : ""),
                MarkdownTable.Ms(result.Latency.P99),
                MarkdownTable.Ms(result.Latency.Max),
                result.Failures.ToString(CultureInfo.InvariantCulture));
        }

        table.WriteTo(text);
    }

    private void WriteSaves(StringBuilder text)
    {
        text.AppendLine("## 2. Draft saves").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"`PUT /api/v1/declarations/{{id}}` of a 20-item transit draft, each save changing one item's gross mass (so a revision with its field history is written), back to back for {Options.SaveDuration.TotalSeconds:0} s; each editor on a draft of its own.").AppendLine();
        var table = new MarkdownTable("Editors", "Saves", "Saves/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "Failed");
        foreach (var result in Saves)
        {
            table.Row(
                result.Clients.ToString(CultureInfo.InvariantCulture),
                result.Saves.ToString(CultureInfo.InvariantCulture),
                MarkdownTable.Number(result.SavesPerSecond, "0.0"),
                MarkdownTable.Ms(result.Latency.P50),
                MarkdownTable.Ms(result.Latency.P95),
                MarkdownTable.Ms(result.Latency.P99),
                MarkdownTable.Ms(result.Latency.Max),
                result.Failures.ToString(CultureInfo.InvariantCulture));
        }

        table.WriteTo(text);
    }
}
