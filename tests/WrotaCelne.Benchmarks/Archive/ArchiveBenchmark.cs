using System.Diagnostics;
using WrotaCelne.Benchmarks.Hosting;
using WrotaCelne.Benchmarks.Http;
using WrotaCelne.Benchmarks.Measurement;
using WrotaCelne.Benchmarks.Reporting;
using WrotaCelne.Modules.Declarations.Infrastructure;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>Generates (or takes the kept) archive, starts the host on a copy of it, and measures searches and draft saves through the API.</summary>
internal static class ArchiveBenchmark
{
    private const int SaveItems = 20;

    public static async Task<ArchiveReport> RunAsync(ArchiveBenchmarkOptions options)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var machine = MachineInfo.Current();
        Console.WriteLine($"Machine: {machine}");
        if (double.TryParse(machine.LoadAverage, System.Globalization.CultureInfo.InvariantCulture, out var load) && load > 0.5 * machine.ProcessorCount)
        {
            await Console.Error.WriteLineAsync($"Warning: load average {machine.LoadAverage} at start; other work running beside the benchmark skews it (the report says how much processor time others took).");
        }

        var scratch = Scratch.NewFolder("archive");
        try
        {
            var certificate = LoopbackCertificate.Create(Path.Combine(scratch, "certificate"));
            var (kept, dataSet, generated) = await ArchiveCache.GetOrCreateAsync(options.Declarations, options.Regenerate, certificate);

            // Measured from here: generating is reported on its own, and other processes' share only counts the measuring.
            var otherProcesses = new OtherProcessesCpu();
            var measuringStarted = Stopwatch.GetTimestamp();
            var dataDirectory = Path.Combine(scratch, "data");
            Console.WriteLine("Copying the data directory for this run...");
            var copying = Stopwatch.StartNew();
            ArchiveCache.CopyData(kept, dataDirectory);
            copying.Stop();
            var databaseBytes = new FileInfo(Path.Combine(dataDirectory, DeclarationsDbContext.FileName)).Length;

            var searches = new List<SearchResult>();
            var saves = new List<SaveResult>();
            await using (var host = await BenchHost.StartAsync(certificate, dataDirectory, signInsPerMinute: null))
            {
                using var client = host.NewClient(useCookies: true);
                await FormSignIn.SignInAsync(client, dataSet.Administrator);
                foreach (var scenario in SearchScenarios.For(dataSet))
                {
                    Console.WriteLine($"Search: {scenario.Name}...");
                    var result = await SearchLatencyScenario.RunAsync(client, scenario, options.WarmUp, options.Requests);
                    Console.WriteLine($"  p50 {result.Latency.P50:0.0} ms, p95 {result.Latency.P95:0.0} ms, max {result.Latency.Max:0.0} ms, {result.AverageRows:0.#} rows");
                    searches.Add(result);
                }

                var editors = await StartDraftsAsync(client, options.SaveClients.Max());
                Console.WriteLine("Draft saves: warming up...");
                await DraftSaveScenario.RunAsync(editors.Take(1).ToList(), TimeSpan.FromSeconds(Math.Min(3, options.SaveDuration.TotalSeconds)));
                foreach (var clients in options.SaveClients)
                {
                    Console.WriteLine($"Draft saves with {clients} editor(s)...");
                    var result = await DraftSaveScenario.RunAsync(editors.Take(clients).ToList(), options.SaveDuration);
                    Console.WriteLine($"  {result.SavesPerSecond:0.0} saves/s, p50 {result.Latency.P50:0.0} ms, p95 {result.Latency.P95:0.0} ms");
                    saves.Add(result);
                }

                await host.DisposeAsync(); // now, so its processor time is known
                otherProcesses.AddHost(host.ProcessorTime);
            }

            return new ArchiveReport(
                startedAt, clock.Elapsed, Stopwatch.GetElapsedTime(measuringStarted), machine, options, otherProcesses.Used(), dataSet, generated, copying.Elapsed, databaseBytes, searches, saves);
        }
        finally
        {
            Scratch.Delete(scratch);
        }
    }

    /// <summary>Prints each search scenario's SQL and query plan, on the kept data (generated first when there is none).</summary>
    public static async Task ExplainAsync(ArchiveBenchmarkOptions options)
    {
        var scratch = Scratch.NewFolder("archive-explain");
        try
        {
            var certificate = LoopbackCertificate.Create(Path.Combine(scratch, "certificate"));
            var (kept, dataSet, _) = await ArchiveCache.GetOrCreateAsync(options.Declarations, options.Regenerate, certificate);
            await QueryPlans.PrintAsync(Path.Combine(kept, "data"), dataSet);
        }
        finally
        {
            Scratch.Delete(scratch);
        }
    }

    /// <summary>One draft per editor, each a 20-item transit declaration, started through the API.</summary>
    private static async Task<IReadOnlyList<DraftEditorClient>> StartDraftsAsync(HttpClient client, int count)
    {
        var random = new Random(2026);
        var companies = CompanyDirectory.Create(random, 200);
        var documents = new DocumentFactory(companies, companies.Polish[0]);
        var run = Guid.NewGuid().ToString("N")[..8];
        var editors = new List<DraftEditorClient>(count);
        for (var i = 0; i < count; i++)
        {
            var document = documents.LargeTransitDraft(random, OfficeCodes.Polish[i], SaveItems);
            editors.Add(await DraftEditorClient.StartAsync(client, document, $"SAVE-{run}-{i + 1}"));
        }

        return editors;
    }
}
