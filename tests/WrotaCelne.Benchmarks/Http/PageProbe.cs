using System.Diagnostics;
using System.Net;
using WrotaCelne.Benchmarks.Hosting;

namespace WrotaCelne.Benchmarks.Http;

/// <summary>
/// A signed-in person using other pages: reads the liveness endpoint and the home page in turn, a short
/// pause between requests, and times each answer. Signed in, so the home page includes the cookie check
/// against the accounts database that every signed-in request makes.
/// </summary>
internal sealed class PageProbe : IDisposable
{
    public const string HealthPath = "/health/live";
    public const string HomePath = "/";

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(10);
    private static readonly string[] Pages = [HealthPath, HomePath];

    private readonly HttpClient _client;

    private PageProbe(HttpClient client) => _client = client;

    /// <summary>Signs in through the form with a cookie-keeping client; takes ownership of <paramref name="client"/>.</summary>
    public static async Task<PageProbe> SignInAsync(HttpClient client, BenchAccount account)
    {
        await FormSignIn.SignInAsync(client, account);
        return new PageProbe(client);
    }

    public async Task<IReadOnlyList<ProbeSample>> MeasureAsync(TimeSpan duration)
    {
        var samples = new List<ProbeSample>();
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < duration)
        {
            foreach (var path in Pages)
            {
                samples.Add(await ReadAsync(path, Stopwatch.GetElapsedTime(started)));
                await Task.Delay(Pause);
            }
        }

        return samples;
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Times one page read to its last byte.</summary>
    private async Task<ProbeSample> ReadAsync(string path, TimeSpan at)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            return new ProbeSample(path, at, Stopwatch.GetElapsedTime(started), response.StatusCode == HttpStatusCode.OK);
        }
        catch (HttpRequestException)
        {
            return new ProbeSample(path, at, Stopwatch.GetElapsedTime(started), Ok: false);
        }
    }
}
