using System.CommandLine;
using WrotaCelne.Benchmarks.Archive;
using WrotaCelne.Benchmarks.Formats;
using WrotaCelne.Benchmarks.Signing;
using WrotaCelne.Benchmarks.SignIn;
using WrotaCelne.Benchmarks.Submission;

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
            await WriteAsync(report.ToMarkdown(), options.Output);
            return 0;
        });

        var root = new RootCommand("Wrota Celne benchmarks: run one in Release, on an otherwise idle machine.");
        root.Subcommands.Add(signIn);
        root.Subcommands.Add(ArchiveCommand());
        root.Subcommands.Add(FormatsCommand());
        root.Subcommands.Add(SigningCommand());
        root.Subcommands.Add(SubmissionCommand());
        return root.Parse(args).InvokeAsync();
    }

    private static Command ArchiveCommand()
    {
        var declarations = new Option<int>("--declarations", "-n")
        {
            Description = "Declarations of the organization searched (two others get 3,000 and 2,000 more).",
            DefaultValueFactory = _ => 1_000_000,
        };
        var quick = new Option<bool>("--quick")
        {
            Description = "A smoke check: 20,000 declarations, 50 requests per search scenario, 5 s per save phase (overrides the other sizes).",
        };
        var requests = new Option<int>("--requests")
        {
            Description = "Measured requests per search scenario, after 20 unmeasured ones.",
            DefaultValueFactory = _ => 300,
        };
        var duration = new Option<int>("--duration", "-d")
        {
            Description = "Seconds each draft-save phase runs (1 editor, then 4).",
            DefaultValueFactory = _ => 20,
        };
        var regenerate = new Option<bool>("--regenerate")
        {
            Description = "Generate the data again although a kept copy of this size exists.",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Instead of measuring: run each search scenario's query in this process on the kept data and print its SQL and SQLite's query plan.",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The markdown file to write the results to.",
            DefaultValueFactory = _ => Path.Combine("bench-results", "archive.md"),
        };

        var archive = new Command("archive", "Archive search latency over a generated archive (1,000,000 declarations by default) and draft save throughput, through the API.");
        archive.Options.Add(declarations);
        archive.Options.Add(quick);
        archive.Options.Add(requests);
        archive.Options.Add(duration);
        archive.Options.Add(regenerate);
        archive.Options.Add(explain);
        archive.Options.Add(output);
        archive.SetAction(async parse =>
        {
            var isQuick = parse.GetValue(quick);
            var count = isQuick ? 20_000 : parse.GetValue(declarations);
            var measured = isQuick ? 50 : parse.GetValue(requests);
            var seconds = isQuick ? 5 : parse.GetValue(duration);
            if (count < 1_000 || measured < 1 || seconds < 1)
            {
                await Console.Error.WriteLineAsync("--declarations must be at least 1000, --requests and --duration at least 1.");
                return 1;
            }

            var options = new ArchiveBenchmarkOptions(
                count, measured, isQuick ? 5 : 20, TimeSpan.FromSeconds(seconds), [1, 4], parse.GetValue(regenerate), Path.GetFullPath(parse.GetValue(output)!));
            if (parse.GetValue(explain))
            {
                await ArchiveBenchmark.ExplainAsync(options);
                return 0;
            }

            var report = await ArchiveBenchmark.RunAsync(options);
            await WriteAsync(report.ToMarkdown(), options.Output);
            return 0;
        });
        return archive;
    }

    private static Command FormatsCommand()
    {
        var runs = new Option<int>("--runs", "-n")
        {
            Description = "Measured calls per scenario.",
            DefaultValueFactory = _ => 100_000,
        };
        var items = new Option<int>("--items")
        {
            Description = "Goods items of the transit declaration serialized and imported.",
            DefaultValueFactory = _ => 200,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The markdown file to write the results to.",
            DefaultValueFactory = _ => Path.Combine("bench-results", "formats.md"),
        };
        var formats = new Command("formats", "Format plugins: CC015C serialization with schema validation, import, and inbound parsing; latency, allocation and heap over many calls.");
        formats.Options.Add(runs);
        formats.Options.Add(items);
        formats.Options.Add(output);
        formats.SetAction(async parse =>
        {
            var count = parse.GetValue(runs);
            if (count < 10 || parse.GetValue(items) < 1)
            {
                await Console.Error.WriteLineAsync("--runs must be at least 10 and --items at least 1.");
                return 1;
            }

            var options = new FormatsBenchmarkOptions(count, Math.Min(2_000, count), parse.GetValue(items), 10, Path.GetFullPath(parse.GetValue(output)!));
            var report = FormatsBenchmark.Run(options);
            await WriteAsync(report.ToMarkdown(), options.Output);
            return 0;
        });
        return formats;
    }

    private static Command SigningCommand()
    {
        var runs = new Option<int>("--runs", "-n")
        {
            Description = "Measured calls per scenario.",
            DefaultValueFactory = _ => 10_000,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The markdown file to write the results to.",
            DefaultValueFactory = _ => Path.Combine("bench-results", "signing.md"),
        };
        var signing = new Command("signing", "XAdES-BES signing (key file, RSA and ECDSA) and verification of a 200-item CC015C; latency, allocation and heap.");
        signing.Options.Add(runs);
        signing.Options.Add(output);
        signing.SetAction(async parse =>
        {
            var count = parse.GetValue(runs);
            if (count < 10)
            {
                await Console.Error.WriteLineAsync("--runs must be at least 10.");
                return 1;
            }

            var options = new FormatsBenchmarkOptions(count, Math.Min(500, count), 200, 10, Path.GetFullPath(parse.GetValue(output)!));
            var report = SigningBenchmark.Run(options);
            await WriteAsync(report.ToMarkdown(), options.Output);
            return 0;
        });
        return signing;
    }

    private static Command SubmissionCommand()
    {
        var declarations = new Option<int>("--declarations", "-n")
        {
            Description = "Declarations sent in the measured run (after 10 for warm-up).",
            DefaultValueFactory = _ => 200,
        };
        var clients = new Option<int>("--clients")
        {
            Description = "Concurrent clients pressing \"send\".",
            DefaultValueFactory = _ => 4,
        };
        var items = new Option<int>("--items")
        {
            Description = "Goods items per declaration.",
            DefaultValueFactory = _ => 5,
        };
        var interval = new Option<double?>("--interval")
        {
            Description = "Seconds between the dispatcher's and the poller's runs; without it the product's defaults (2 s and 5 s).",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The markdown file to write the results to.",
            DefaultValueFactory = _ => Path.Combine("bench-results", "submission.md"),
        };
        var submission = new Command("submission", "End-to-end sending: declarations/s from \"send\" to MRN against the built-in gateway simulator, through the host's own executable.");
        submission.Options.Add(declarations);
        submission.Options.Add(clients);
        submission.Options.Add(items);
        submission.Options.Add(interval);
        submission.Options.Add(output);
        submission.SetAction(async parse =>
        {
            var count = parse.GetValue(declarations);
            var seconds = parse.GetValue(interval);
            if (count < 1 || parse.GetValue(clients) < 1 || parse.GetValue(items) < 1 || seconds <= 0)
            {
                await Console.Error.WriteLineAsync("--declarations, --clients, --items and --interval must be positive.");
                return 1;
            }

            var options = new SubmissionBenchmarkOptions(count, parse.GetValue(clients), parse.GetValue(items), seconds is { } s ? TimeSpan.FromSeconds(s) : null, Path.GetFullPath(parse.GetValue(output)!));
            var report = await SubmissionBenchmark.RunAsync(options);
            await WriteAsync(report.ToMarkdown(), options.Output);
            return 0;
        });
        return submission;
    }

    private static async Task WriteAsync(string markdown, string output)
    {
        Console.WriteLine();
        Console.WriteLine(markdown);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, markdown);
        Console.WriteLine($"Written to {output}");
    }
}
