using WrotaCelne.Benchmarks.Hosting;
using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.SignIn;

/// <summary>Scenario 1: how many correct-password sign-ins per second the host completes, and how long each takes.</summary>
internal static class ThroughputScenario
{
    /// <param name="accounts">Client <c>i</c> signs in as <c>accounts[i % count]</c>.</param>
    public static async Task<ThroughputResult> RunAsync(BenchHost host, IReadOnlyList<BenchAccount> accounts, int clients, TimeSpan duration)
    {
        using var forms = await SignInForms.OpenAsync(host, clients);
        using var stop = new CancellationTokenSource(duration);
        var (attempts, elapsed) = await LoadLoop.RunAsync(
            forms.All,
            (index, form) => form.PostAsync(accounts[index % accounts.Count].Email, accounts[index % accounts.Count].Password),
            stop.Token);
        return new ThroughputResult(clients, elapsed, OutcomeCounts.Of(attempts), LatencySummary.Of(attempts.Select(a => a.Latency)));
    }
}
