using System.Diagnostics;

namespace WrotaCelne.Benchmarks.Measurement;

/// <summary>Runs virtual clients back to back (each sends its next request as soon as the last one is answered) until told to stop.</summary>
internal static class LoadLoop
{
    /// <summary>A request in flight when <paramref name="stop"/> fires is finished and counted, never cut off.</summary>
    public static async Task<(IReadOnlyList<TResult> Results, TimeSpan Elapsed)> RunAsync<TClient, TResult>(
        IReadOnlyList<TClient> clients, Func<int, TClient, Task<TResult>> request, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        var perClient = await Task.WhenAll(clients.Select((client, index) => Task.Run(async () =>
        {
            var results = new List<TResult>();
            while (!stop.IsCancellationRequested)
            {
                results.Add(await request(index, client));
            }

            return results;
        })));
        return ([.. perClient.SelectMany(r => r)], Stopwatch.GetElapsedTime(started));
    }
}
