using System.Diagnostics;
using WrotaCelne.Benchmarks.Archive;
using WrotaCelne.Benchmarks.Measurement;
using WrotaCelne.Benchmarks.Reporting;
using WrotaCelne.FormatTests.Ncts;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Benchmarks.Formats;

/// <summary>
/// The format plugins as the host loads them (real plugin folders through the real loader): a large transit
/// declaration serialized to CC015C and checked against the official schema, the same file imported back, and
/// inbound messages parsed. Latency per call, allocation per call and the heap after full collections along the way.
/// </summary>
internal static class FormatsBenchmark
{
    public static FormatsReport Run(FormatsBenchmarkOptions options)
    {
        var machine = MachineInfo.Current();
        using var catalog = BuiltInPlugins.Load("formats");
        var formats = catalog.Active<IMessageFormatPlugin>();
        var ncts = formats.FirstOrDefault(f => f.Describe().OutboundMessageTypes.Contains("CC015C"))
                   ?? throw new InvalidOperationException("No active format plugin writes CC015C; build the solution first.");

        var declaration = LargeTransit(options.Items);
        var request = new OutboundRequest("CC015C", declaration, new MessageHeader("PL526104082800000", "NTA.PL", "BENCH-1", DateTimeOffset.UtcNow));
        var first = ncts.Serialize(request);
        if (!first.Succeeded)
        {
            throw new InvalidOperationException("The benchmark's declaration does not serialize: " + string.Join("; ", first.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        }

        var file = first.Value!.Content;
        var scenarios = new List<FormatScenario>
        {
            new($"CC015C serialize + XSD validation ({options.Items} items)", file.Length, () => ncts.Serialize(request).Succeeded),
            new($"CC015C import ({options.Items} items)", file.Length, () => ncts.Import(new InboundMessage(file)).Succeeded),
        };
        scenarios.AddRange(InboundScenarios(formats));

        var results = scenarios.Select(s =>
        {
            Console.WriteLine($"{s.Name}: {options.WarmUp} warm-up calls, then {options.Runs} measured");
            return Measure(s, options);
        }).ToList();
        return new FormatsReport(machine, options, results);
    }

    /// <summary>NCTS answers as the format tests write them (valid against the official schemas): small ones, a rejection with many errors, a release.</summary>
    private static IEnumerable<FormatScenario> InboundScenarios(IReadOnlyList<IMessageFormatPlugin> formats)
    {
        var errors = string.Concat(Enumerable.Range(1, 50).Select(i => NctsAnswers.FunctionalError(
            $"/CC015C/Consignment/HouseConsignment[1]/ConsignmentItem[{i}]/Commodity/descriptionOfGoods", "12", "Opis towaru jest zbyt ogólny", "Towar")));
        var messages = new (string Name, byte[] Content)[]
        {
            ("CC028C MRN allocated", NctsAnswers.Cc028c()),
            ("CC029C release for transit", NctsAnswers.Cc029c()),
            ("CC056C rejection, 50 functional errors", NctsAnswers.Cc056c(errors)),
            ("CC060C control decision", NctsAnswers.Cc060c(string.Empty)),
            ("CC045C write-off", NctsAnswers.Cc045c()),
        };
        foreach (var (name, content) in messages)
        {
            var type = name[..6];
            var plugin = formats.FirstOrDefault(f => f.Describe().InboundMessageTypes.Contains(type));
            if (plugin is null || !plugin.Parse(new InboundMessage(content)).Succeeded)
            {
                throw new InvalidOperationException($"{type} does not parse cleanly; the format tests would say why.");
            }

            yield return new FormatScenario($"{name} parse", content.Length, () => plugin.Parse(new InboundMessage(content)).Succeeded);
        }
    }

    internal static FormatScenarioResult Measure(FormatScenario scenario, FormatsBenchmarkOptions options)
    {
        var failures = 0;
        for (var i = 0; i < options.WarmUp; i++)
        {
            failures += scenario.Call() ? 0 : 1;
        }

        var latencies = new TimeSpan[options.Runs];
        var heap = new List<long> { HeapAfterFullCollection() };
        var every = Math.Max(1, options.Runs / Math.Max(1, options.Checkpoints));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < options.Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            failures += scenario.Call() ? 0 : 1;
            latencies[i] = Stopwatch.GetElapsedTime(started);
            if ((i + 1) % every == 0)
            {
                // Collections and the heap probe stay outside the timed call.
                allocatedBefore -= GC.GetTotalAllocatedBytes(precise: true);
                heap.Add(HeapAfterFullCollection());
                allocatedBefore += GC.GetTotalAllocatedBytes(precise: true);
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new FormatScenarioResult(scenario.Name, scenario.Bytes, LatencySummary.Of(latencies), (double)allocated / options.Runs, heap, failures);
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    internal static CustomsDeclaration LargeTransit(int items)
    {
        var random = new Random(2026);
        var companies = CompanyDirectory.Create(random, 50);
        var declaration = new DocumentFactory(companies, companies.Polish[0]).LargeTransitDraft(random, "PL301010", items);
        declaration.Lrn = "BENCH-CC015C-1";
        return declaration;
    }
}
