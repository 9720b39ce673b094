using WrotaCelne.Benchmarks.Hosting;
using WrotaCelne.Benchmarks.Http;
using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.SignIn;

/// <summary>
/// Scenario 3: the worst case for the hashing limiter. The per-address limit is raised so every flooding
/// post reaches password hashing; only one hash per core runs at a time, so a person using other pages
/// should barely notice.
/// </summary>
internal static class ResponsivenessScenario
{
    /// <summary>The probe starts with the flood; its first seconds, while the server adapts to it, are reported apart.</summary>
    private static readonly TimeSpan FloodOnset = TimeSpan.FromSeconds(3);

    public static async Task<ResponsivenessResult> RunAsync(BenchHost host, BenchAccount probeAccount, IReadOnlyList<BenchAccount> floodAccounts, int floodClients, TimeSpan duration)
    {
        using var probe = await PageProbe.SignInAsync(host.NewClient(useCookies: true), probeAccount);
        var idle = await probe.MeasureAsync(duration);

        using var forms = await SignInForms.OpenAsync(host, floodClients);
        using var stop = new CancellationTokenSource();
        var flood = LoadLoop.RunAsync(
            forms.All,
            (index, form) => form.PostAsync(floodAccounts[index % floodAccounts.Count].Email, floodAccounts[index % floodAccounts.Count].Password),
            stop.Token);
        var flooded = await probe.MeasureAsync(duration);
        await stop.CancelAsync();
        var (attempts, elapsed) = await flood;

        return new ResponsivenessResult(
            floodClients,
            [
                PageLatency.Of("idle", [.. idle]),
                PageLatency.Of($"flood, first {FloodOnset.TotalSeconds:0} s", [.. flooded.Where(s => s.At < FloodOnset)]),
                PageLatency.Of($"flood, after {FloodOnset.TotalSeconds:0} s", [.. flooded.Where(s => s.At >= FloodOnset)]),
            ],
            OutcomeCounts.Of(attempts),
            elapsed,
            LatencySummary.Of(attempts.Where(a => a.Outcome == AttemptOutcome.SignedIn).Select(a => a.Latency)));
    }
}
