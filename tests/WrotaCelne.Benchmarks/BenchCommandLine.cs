using System.CommandLine;
using WrotaCelne.Benchmarks.SignIn;

namespace WrotaCelne.Benchmarks;

/// <summary>The benchmark commands; each starts the real host in this process, measures, prints and writes a markdown report.</summary>
internal static class BenchCommandLine
{
    public static Task<int> InvokeAsync(string[] args)
    {
        var duration = new Option<int>("--duration", "-d")
        {
            Description = "Seconds each measured phase runs (one per client count, then the probe idle and under the flood).",
            DefaultValueFactory = _ => 15,
        };
        var clients = new Option<int[]>("--clients")
        {
            Description = "Concurrent clients for the throughput scenario, one phase each.",
            DefaultValueFactory = _ => [1, 2, 8],
            AllowMultipleArgumentsPerToken = true,
        };
        var floodClients = new Option<int>("--flood-clients")
        {
            Description = "Concurrent clients posting sign-ins while the other pages are timed.",
            DefaultValueFactory = _ => 32,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The markdown file to write the results to.",
            DefaultValueFactory = _ => Path.Combine("bench-results", "signin.md"),
        };

        var signIn = new Command("signin", "Sign-in throughput and latency, the per-address limit under a password flood, and other pages' latency during a sign-in flood.");
        signIn.Options.Add(duration);
        signIn.Options.Add(clients);
        signIn.Options.Add(floodClients);
        signIn.Options.Add(output);
        signIn.SetAction(async parse =>
        {
            var seconds = parse.GetValue(duration);
            var counts = parse.GetValue(clients) ?? [];
            var flood = parse.GetValue(floodClients);
            if (seconds < 1 || flood < 1 || counts.Length == 0 || counts.Any(c => c < 1))
            {
                await Console.Error.WriteLineAsync("--duration, --clients and --flood-clients must be at least 1.");
                return 1;
            }

            var options = new SignInBenchmarkOptions(TimeSpan.FromSeconds(seconds), counts, flood, Path.GetFullPath(parse.GetValue(output)!));
            var report = await SignInBenchmark.RunAsync(options);
            var markdown = report.ToMarkdown();
            Console.WriteLine();
            Console.WriteLine(markdown);
            Directory.CreateDirectory(Path.GetDirectoryName(options.Output)!);
            await File.WriteAllTextAsync(options.Output, markdown);
            Console.WriteLine($"Written to {options.Output}");
            return 0;
        });

        var root = new RootCommand("Wrota Celne benchmarks: run one in Release, on an otherwise idle machine.");
        root.Subcommands.Add(signIn);
        return root.Parse(args).InvokeAsync();
    }
}
