using System.Diagnostics;
using WrotaCelne.Benchmarks.Hosting;
using WrotaCelne.Benchmarks.Measurement;
using WrotaCelne.Benchmarks.Reporting;

namespace WrotaCelne.Benchmarks.SignIn;

/// <summary>Runs the three sign-in scenarios against the host and reports them.</summary>
internal static class SignInBenchmark
{
    /// <summary>High enough that no scenario run from one address ever meets the per-address limit.</summary>
    private const int RaisedLimit = 1_000_000;

    public static async Task<SignInReport> RunAsync(SignInBenchmarkOptions options)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var otherProcesses = new OtherProcessesCpu();
        var machine = MachineInfo.Current();
        Console.WriteLine($"Machine: {machine}");
        if (double.TryParse(machine.LoadAverage, System.Globalization.CultureInfo.InvariantCulture, out var load) && load > 0.5 * machine.ProcessorCount)
        {
            await Console.Error.WriteLineAsync($"Warning: load average {machine.LoadAverage} at start; other work running beside the benchmark skews it (the report says how much processor time others took).");
        }

        var scratch = Scratch.NewFolder("signin");
        try
        {
            var certificate = LoopbackCertificate.Create(Path.Combine(scratch, "certificate"));
            var dataDirectory = Path.Combine(scratch, "data");
            Console.WriteLine("Creating accounts...");
            var accounts = await SignInAccounts.CreateAsync(dataDirectory, options.ClientCounts.Max());

            List<ThroughputResult> throughput = [];
            ResponsivenessResult responsiveness;
            await using (var host = await BenchHost.StartAsync(certificate, dataDirectory, RaisedLimit))
            {
                Console.WriteLine("Warming up...");
                await ThroughputScenario.RunAsync(host, accounts.Clients, 2, TimeSpan.FromSeconds(Math.Min(3, options.Duration.TotalSeconds)));
                foreach (var clients in options.ClientCounts)
                {
                    Console.WriteLine($"1. Throughput with {clients} client(s)...");
                    throughput.Add(await ThroughputScenario.RunAsync(host, accounts.Clients, clients, options.Duration));
                }

                Console.WriteLine($"3. Other pages, idle and under a flood of {options.FloodClients} clients...");
                responsiveness = await ResponsivenessScenario.RunAsync(host, accounts.Probe, accounts.Clients, options.FloodClients, options.Duration);
                await host.DisposeAsync(); // now, so its processor time is known
                otherProcesses.AddHost(host.ProcessorTime);
            }

            RateLimitResult rateLimit;
            await using (var host = await BenchHost.StartAsync(certificate, dataDirectory, signInsPerMinute: null))
            {
                Console.WriteLine("2. Wrong-password flood from one address at the default limit...");
                rateLimit = await RateLimitScenario.RunAsync(host, accounts.Victim, accounts.Bystander);
                await host.DisposeAsync(); // now, so its processor time is known
                otherProcesses.AddHost(host.ProcessorTime);
            }

            return new SignInReport(startedAt, clock.Elapsed, machine, options, otherProcesses.Used(), RaisedLimit, throughput, rateLimit, responsiveness);
        }
        finally
        {
            Scratch.Delete(scratch);
        }
    }
}
