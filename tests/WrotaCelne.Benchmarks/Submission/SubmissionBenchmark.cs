using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using WrotaCelne.Benchmarks.Archive;
using WrotaCelne.Benchmarks.Hosting;
using WrotaCelne.Benchmarks.Http;
using WrotaCelne.Benchmarks.Measurement;
using WrotaCelne.Benchmarks.Reporting;
using WrotaCelne.Benchmarks.Signing;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Benchmarks.Submission;

/// <summary>
/// End-to-end sending: the host's own executable with its built-in gateway simulator answering at once; drafts made
/// through the API; then every declaration is sent ("send" validates, signs with a key file and queues it) by a few
/// clients at once, and the run ends when each has its MRN. Times come from the declarations' own message timelines
/// (the signed CC015C kept at sending, the CC028C taken in), so polling for the end does not blur them.
/// </summary>
internal static class SubmissionBenchmark
{
    private const string AdministratorPassword = "Bench-Wysylka-2026!";
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(15);
    private static readonly HashSet<string> AtOrPastMrn = ["MrnAllocated", "Released", "Exited", "WrittenOff", "NotReleased", "Invalidated", "ControlDecision"];

    public static async Task<SubmissionReport> RunAsync(SubmissionBenchmarkOptions options)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Current();
        Console.WriteLine($"Machine: {machine}");
        var otherProcesses = new OtherProcessesCpu();
        var scratch = Scratch.NewFolder("submission");
        try
        {
            var certificate = LoopbackCertificate.Create(Path.Combine(scratch, "certificate"));
            var dataDirectory = Path.Combine(scratch, "data");
            Console.WriteLine("Creating the organization...");
            var administrator = (await AccountSetup.CreateAsync(dataDirectory, 1))[0];
            SubmissionResult result;
            await using (var host = await BenchHost.StartAsync(certificate, dataDirectory, signInsPerMinute: null, HostArguments(options)))
            {
                using var client = host.NewClient(useCookies: true);
                client.Timeout = TimeSpan.FromMinutes(2);
                await FormSignIn.SignInFirstTimeAsync(client, administrator, AdministratorPassword);
                var credentialId = await AddKeyFileAsync(client);
                var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

                Console.WriteLine("Warming up (10 declarations)...");
                await SendAndWaitAsync(client, await CreateDraftsAsync(client, $"WRM{run}", 10, options.Items), credentialId, options.Clients);

                Console.WriteLine($"Creating {options.Declarations} drafts...");
                var drafts = await CreateDraftsAsync(client, $"THR{run}", options.Declarations, options.Items);
                Console.WriteLine($"Sending {drafts.Count} declarations with {options.Clients} client(s)...");
                var (sendLatencies, elapsed) = await SendAndWaitAsync(client, drafts, credentialId, options.Clients);
                Console.WriteLine($"All at MRN after {elapsed.TotalSeconds:0.0} s; reading the timelines...");
                var toMrn = await TimesToMrnAsync(client, drafts);
                await host.DisposeAsync(); // now, so its processor time is known
                otherProcesses.AddHost(host.ProcessorTime);
                result = new SubmissionResult(drafts.Count, options.Clients, options.Items, sendLatencies, toMrn.Latencies, toMrn.Span, elapsed, host.ProcessorTime);
            }

            return new SubmissionReport(startedAt, machine, options, result, otherProcesses.Used());
        }
        finally
        {
            Scratch.Delete(scratch);
        }
    }

    private static IEnumerable<string> HostArguments(SubmissionBenchmarkOptions options)
    {
        // The built-in simulator is called over plain HTTP on loopback, as in a default install.
        yield return $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{BenchHost.FreePort()}";
        yield return "--GatewaySimulator:Delays:Receipt=00:00:00";
        yield return "--GatewaySimulator:Delays:Mrn=00:00:00";
        yield return "--GatewaySimulator:Delays:Release=00:00:00";
        yield return "--GatewaySimulator:Delays:Exit=";
        yield return "--GatewaySimulator:Delays:WriteOff=";
        if (options.Intervals is { } interval)
        {
            yield return $"--Modules:Declarations:Gateway:DispatchInterval={interval:c}";
            yield return $"--Modules:Declarations:Gateway:PollInterval={interval:c}";
        }
    }

    private static async Task<Guid> AddKeyFileAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(
            new Uri("/api/v1/signing/credentials/key-file", UriKind.Relative),
            new { name = "Bench", keyFile = Convert.ToBase64String(SigningBenchmark.RsaKeyFile()), password = SigningBenchmark.Password, allowedUserIds = Array.Empty<Guid>() });
        await EnsureAsync(response, HttpStatusCode.Created, "The key file was refused");
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }

    private static async Task<List<IdOnly>> CreateDraftsAsync(HttpClient client, string prefix, int count, int items)
    {
        var random = new Random(2026);
        var companies = CompanyDirectory.Create(random, 50);
        var factory = new DocumentFactory(companies, companies.Polish[0]);
        var drafts = new List<IdOnly>(count);
        for (var i = 0; i < count; i++)
        {
            var document = factory.LargeTransitDraft(random, "PL301010", items);
            using var response = await client.PostAsJsonAsync(new Uri("/api/v1/declarations", UriKind.Relative), new { lrn = $"{prefix}-{i + 1:D5}", document }, DeclarationJson.Options);
            await EnsureAsync(response, HttpStatusCode.Created, "A draft was refused");
            drafts.Add((await response.Content.ReadFromJsonAsync<IdOnly>())!);
        }

        return drafts;
    }

    /// <returns>The latency of each "send" call, and the time from the first call until every declaration had its MRN (to the poll's precision).</returns>
    private static async Task<(List<TimeSpan> Sends, TimeSpan Elapsed)> SendAndWaitAsync(HttpClient client, IReadOnlyList<IdOnly> drafts, Guid credentialId, int clients)
    {
        var started = Stopwatch.StartNew();
        var next = -1;
        var sends = new List<TimeSpan>(drafts.Count);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < drafts.Count; i = Interlocked.Increment(ref next))
            {
                var call = Stopwatch.StartNew();
                using var response = await client.PostAsJsonAsync(new Uri($"/api/v1/declarations/{drafts[i].Id}/submit", UriKind.Relative), new { credentialId });
                await EnsureAsync(response, HttpStatusCode.OK, "Sending was refused");
                lock (sends)
                {
                    sends.Add(call.Elapsed);
                }
            }
        }));

        var waiting = drafts.Select(d => d.Id).ToHashSet();
        while (waiting.Count > 0)
        {
            if (started.Elapsed > Deadline)
            {
                throw new TimeoutException($"{waiting.Count} declarations had no MRN after {Deadline.TotalMinutes:0} minutes.");
            }

            await Task.Delay(250);
            for (var page = 1; ; page++)
            {
                var found = (await client.GetFromJsonAsync<DeclarationPage>(new Uri($"/api/v1/declarations?sort=updated&pageSize=200&page={page}", UriKind.Relative)))!;
                foreach (var item in found.Items)
                {
                    if (item.Status is "Rejected" or "NeedsAttention" && waiting.Contains(item.Id))
                    {
                        throw new InvalidOperationException($"{item.Lrn} ended {item.Status}; the benchmark only counts declarations that get their MRN.");
                    }

                    if (AtOrPastMrn.Contains(item.Status))
                    {
                        waiting.Remove(item.Id);
                    }
                }

                if (!found.HasMore || waiting.Count == 0)
                {
                    break;
                }
            }
        }

        return (sends, started.Elapsed);
    }

    /// <returns>Per declaration, the time from its signed CC015C (kept when it was sent) to its CC028C (taken in), and the span from the first to the last.</returns>
    private static async Task<(List<TimeSpan> Latencies, TimeSpan Span)> TimesToMrnAsync(HttpClient client, IReadOnlyList<IdOnly> drafts)
    {
        var latencies = new List<TimeSpan>(drafts.Count);
        var first = DateTime.MaxValue;
        var last = DateTime.MinValue;
        foreach (var draft in drafts)
        {
            var messages = (await client.GetFromJsonAsync<List<ExchangeMessageDto>>(new Uri($"/api/v1/declarations/{draft.Id}/messages", UriKind.Relative)))!;
            var sent = messages.First(m => m.Direction == "out").AtUtc;
            var mrn = messages.First(m => m.Meaning == "MrnAllocated").AtUtc;
            latencies.Add(mrn - sent);
            first = sent < first ? sent : first;
            last = mrn > last ? mrn : last;
        }

        return (latencies, last - first);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private sealed record IdOnly(Guid Id);
}
