using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Times archive searches through the API as a signed-in person (or an ERP) sends them: one at a time, each
/// from sending the request to the last byte of the answer; first unmeasured warm-up requests, then the measured ones.
/// </summary>
internal static class SearchLatencyScenario
{
    private const string Path = "/api/v1/declarations";

    public static async Task<SearchResult> RunAsync(HttpClient client, SearchScenario scenario, int warmUp, int requests)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await SearchAsync(client, scenario.Query(requests + i));
        }

        var latencies = new List<TimeSpan>(requests);
        var rows = 0L;
        var failures = 0;
        for (var i = 0; i < requests; i++)
        {
            var (latency, found) = await SearchAsync(client, scenario.Query(i));
            latencies.Add(latency);
            if (found is { } count)
            {
                rows += count;
            }
            else
            {
                failures++;
            }
        }

        var answered = requests - failures;
        return new SearchResult(scenario, Measurement.LatencySummary.Of(latencies), answered == 0 ? double.NaN : (double)rows / answered, failures);
    }

    /// <returns>How long the answer took, and how many declarations it listed (null when it was not a 200).</returns>
    private static async Task<(TimeSpan Latency, int? Rows)> SearchAsync(HttpClient client, string query)
    {
        var uri = new Uri(query.Length == 0 ? Path : Path + "?" + query, UriKind.Relative);
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(uri);
        var body = await response.Content.ReadAsByteArrayAsync();
        var latency = Stopwatch.GetElapsedTime(started);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            await Console.Error.WriteLineAsync($"GET {uri} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
            return (latency, null);
        }

        using var page = JsonDocument.Parse(body);
        return (latency, page.RootElement.GetProperty("items").GetArrayLength());
    }
}
