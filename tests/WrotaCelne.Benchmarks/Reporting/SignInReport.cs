using System.Globalization;
using System.Text;
using WrotaCelne.Benchmarks.Http;
using WrotaCelne.Benchmarks.SignIn;

namespace WrotaCelne.Benchmarks.Reporting;

/// <summary>Everything one run of the sign-in benchmark measured, written as markdown.</summary>
internal sealed record SignInReport(
    DateTimeOffset StartedAt,
    TimeSpan RunTime,
    MachineInfo Machine,
    SignInBenchmarkOptions Options,
    TimeSpan? OtherProcessesBusy,
    int RaisedLimit,
    IReadOnlyList<ThroughputResult> Throughput,
    RateLimitResult RateLimit,
    ResponsivenessResult Responsiveness)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Sign-in benchmark").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Run: {StartedAt:yyyy-MM-dd HH:mm} UTC, {RunTime.TotalSeconds:0} s in all; each measured phase {Options.Duration.TotalSeconds:0} s.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Machine}.");
        if (OtherProcessesBusy is { } other)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- Other processes used {other.TotalSeconds:0.0} s of processor time during the run ({other.TotalSeconds / (RunTime.TotalSeconds * Machine.ProcessorCount):P0} of the machine); much more than a few percent skews the numbers.");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"- Passwords: PBKDF2-HMAC-SHA512, 210,000 iterations; at most {Machine.ProcessorCount} checked at a time, {4 * Machine.ProcessorCount} more queued, the rest answered 429 \"busy\".");
        text.AppendLine("- The host runs as its own process (its executable, Production environment, HTTPS on loopback); the clients run in the benchmark's process on the same cores.");
        text.AppendLine("- Latency: from sending a request to the last byte of its answer, on a kept-alive connection.").AppendLine();

        WriteThroughput(text);
        WriteRateLimit(text);
        WriteResponsiveness(text);
        return text.ToString();
    }

    private void WriteThroughput(StringBuilder text)
    {
        text.AppendLine("## 1. Sign-in throughput and latency").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Correct passwords, each client posting its next sign-in as soon as the last is answered; per-address limit raised to {RaisedLimit}/min.").AppendLine();
        var table = new MarkdownTable("Clients", "Sign-ins", "Sign-ins/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "Not 302");
        foreach (var result in Throughput)
        {
            table.Row(
                result.Clients.ToString(CultureInfo.InvariantCulture),
                result.Outcomes.SignedIn.ToString(CultureInfo.InvariantCulture),
                MarkdownTable.Number(result.SignInsPerSecond, "0.0"),
                MarkdownTable.Ms(result.Latency.P50),
                MarkdownTable.Ms(result.Latency.P95),
                MarkdownTable.Ms(result.Latency.P99),
                MarkdownTable.Ms(result.Latency.Max),
                NotSignedIn(result.Outcomes));
        }

        table.WriteTo(text);
    }

    private void WriteRateLimit(StringBuilder text)
    {
        var result = RateLimit;
        text.AppendLine("## 2. Wrong-password flood from one address").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"The host's default limit of {result.Limit} sign-in attempts per address and minute; {result.Flood.Total} wrong-password posts for one account, back to back, from one client on 127.0.0.1.").AppendLine();
        var retryAfter = result.RetryAfter is { } range
            ? range.Min == range.Max ? $"{range.Min.TotalSeconds:0} s" : $"{range.Min.TotalSeconds:0}-{range.Max.TotalSeconds:0} s"
            : "none";
        new MarkdownTable("Attempts", "Checked (200, wrong password)", "Refused by the limit (429)", "Retry-After", "Busy (429)", "Other")
            .Row(
                result.Flood.Total.ToString(CultureInfo.InvariantCulture),
                result.Flood.Refused.ToString(CultureInfo.InvariantCulture),
                result.Flood.RateLimited.ToString(CultureInfo.InvariantCulture),
                retryAfter,
                result.Flood.Busy.ToString(CultureInfo.InvariantCulture),
                result.Flood.Other.ToString(CultureInfo.InvariantCulture))
            .WriteTo(text);
        new MarkdownTable("Right after: a correct sign-in of another account", "Answer")
            .Row("from the flooding address, 127.0.0.1", Answer(result.SameAddressOtherAccount))
            .Row("from another address, 127.0.0.2", result.OtherAddress is { } other ? Answer(other) : $"not measured: {result.OtherAddressProblem}")
            .WriteTo(text);
    }

    private void WriteResponsiveness(StringBuilder text)
    {
        var result = Responsiveness;
        text.AppendLine("## 3. Other pages during a sign-in flood").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.FloodClients} clients post correct-password sign-ins without pause; the per-address limit is raised to {RaisedLimit}/min so every post reaches the hashing limiter (the worst case). A signed-in client reads {PageProbe.HealthPath} and {PageProbe.HomePath} in turn, 10 ms apart: first on the idle host, then from the moment the flood starts.").AppendLine();
        var pages = new MarkdownTable("Page", "When", "Requests", "p50 ms", "p95 ms", "p99 ms", "max ms", "Not 200");
        foreach (var stretch in result.Pages)
        {
            pages.Row(PageProbe.HealthPath, stretch.Stretch, stretch.Health.Count.ToString(CultureInfo.InvariantCulture), MarkdownTable.Ms(stretch.Health.P50), MarkdownTable.Ms(stretch.Health.P95), MarkdownTable.Ms(stretch.Health.P99), MarkdownTable.Ms(stretch.Health.Max), stretch.HealthErrors.ToString(CultureInfo.InvariantCulture));
            pages.Row(PageProbe.HomePath + " (signed in)", stretch.Stretch, stretch.Home.Count.ToString(CultureInfo.InvariantCulture), MarkdownTable.Ms(stretch.Home.P50), MarkdownTable.Ms(stretch.Home.P95), MarkdownTable.Ms(stretch.Home.P99), MarkdownTable.Ms(stretch.Home.Max), stretch.HomeErrors.ToString(CultureInfo.InvariantCulture));
        }

        pages.WriteTo(text);
        text.AppendLine(CultureInfo.InvariantCulture, $"The flood, over {result.FloodElapsed.TotalSeconds:0.0} s:").AppendLine();
        new MarkdownTable("Posts", "Signed in (302)", "Busy (429)", "Rate-limited (429)", "Wrong (200)", "Other", "Sign-ins/s", "Sign-in p50 ms", "Sign-in p95 ms")
            .Row(
                result.Flood.Total.ToString(CultureInfo.InvariantCulture),
                result.Flood.SignedIn.ToString(CultureInfo.InvariantCulture),
                result.Flood.Busy.ToString(CultureInfo.InvariantCulture),
                result.Flood.RateLimited.ToString(CultureInfo.InvariantCulture),
                result.Flood.Refused.ToString(CultureInfo.InvariantCulture),
                result.Flood.Other.ToString(CultureInfo.InvariantCulture),
                MarkdownTable.Number(result.FloodSignInsPerSecond, "0.0"),
                MarkdownTable.Ms(result.FloodSignInLatency.P50),
                MarkdownTable.Ms(result.FloodSignInLatency.P95))
            .WriteTo(text);
    }

    private static string NotSignedIn(Measurement.OutcomeCounts outcomes) => outcomes.NotSignedIn == 0
        ? "0"
        : string.Create(CultureInfo.InvariantCulture, $"{outcomes.NotSignedIn} ({outcomes.Busy} busy, {outcomes.RateLimited} rate-limited, {outcomes.Refused} refused, {outcomes.Other} other)");

    private static string Answer(AttemptOutcome outcome) => outcome switch
    {
        AttemptOutcome.SignedIn => "302, signed in",
        AttemptOutcome.Refused => "200, refused",
        AttemptOutcome.Busy => "429, busy",
        AttemptOutcome.RateLimited => "429, over the address's limit",
        _ => "unexpected answer",
    };
}
