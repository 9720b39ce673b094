using System.Net;
using System.Net.Sockets;
using WrotaCelne.Benchmarks.Hosting;
using WrotaCelne.Benchmarks.Http;
using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.SignIn;

/// <summary>
/// Scenario 2: a password-guessing flood from one address against the host's default per-address limit.
/// Only the first attempts of the minute are checked; the rest are refused with 429 and Retry-After
/// before any password work, and another address is not affected.
/// </summary>
internal static class RateLimitScenario
{
    private const string WrongPassword = "not-the-password-1234";

    /// <summary>Another address of the loopback network (127.0.0.0/8), which Linux answers without setup.</summary>
    private static readonly IPAddress OtherLoopbackAddress = IPAddress.Parse("127.0.0.2");

    public static async Task<RateLimitResult> RunAsync(BenchHost host, BenchAccount victim, BenchAccount bystander)
    {
        var attempts = new List<Attempt>();
        AttemptOutcome sameAddress;

        // Back to back from one client: concurrent wrong passwords for one account would also measure
        // Identity's optimistic-concurrency conflicts on the failed-attempt counter, not the limiter.
        using (var forms = await SignInForms.OpenAsync(host, 1))
        {
            for (var i = 0; i < 3 * host.SignInsPerMinute; i++)
            {
                attempts.Add(await forms.All[0].PostAsync(victim.Email, WrongPassword));
            }

            sameAddress = (await forms.All[0].PostAsync(bystander.Email, bystander.Password)).Outcome;
        }

        var retryAfter = attempts.Where(a => a.Outcome == AttemptOutcome.RateLimited && a.RetryAfter is not null).Select(a => a.RetryAfter!.Value).ToList();
        var (otherAddress, problem) = await SignInFromOtherAddressAsync(host, bystander);
        return new RateLimitResult(
            host.SignInsPerMinute,
            OutcomeCounts.Of(attempts),
            retryAfter.Count == 0 ? null : (retryAfter.Min(), retryAfter.Max()),
            sameAddress,
            otherAddress,
            problem);
    }

    private static async Task<(AttemptOutcome?, string?)> SignInFromOtherAddressAsync(BenchHost host, BenchAccount account)
    {
        try
        {
            using var forms = await SignInForms.OpenAsync(host, 1, OtherLoopbackAddress);
            return ((await forms.All[0].PostAsync(account.Email, account.Password)).Outcome, null);
        }
        catch (Exception e) when (e is HttpRequestException or SocketException)
        {
            return (null, $"could not connect from {OtherLoopbackAddress}: {e.Message}");
        }
    }
}
