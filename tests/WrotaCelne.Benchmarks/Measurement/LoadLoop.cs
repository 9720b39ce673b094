using System.Diagnostics;
using WrotaCelne.Benchmarks.Http;

namespace WrotaCelne.Benchmarks.Measurement;

/// <summary>Runs virtual clients back to back (each sends its next request as soon as the last one is answered) until told to stop.</summary>
internal static class LoadLoop
{
    /// <summary>A request in flight when <paramref name="stop"/> fires is finished and counted, never cut off.</summary>
    public static async Task<(IReadOnlyList<Attempt> Attempts, TimeSpan Elapsed)> RunAsync(
        IReadOnlyList<SignInForm> forms, Func<int, SignInForm, Task<Attempt>> attempt, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        var perClient = await Task.WhenAll(forms.Select((form, index) => Task.Run(async () =>
        {
            var attempts = new List<Attempt>();
            while (!stop.IsCancellationRequested)
            {
                attempts.Add(await attempt(index, form));
            }

            return attempts;
        })));
        return ([.. perClient.SelectMany(a => a)], Stopwatch.GetElapsedTime(started));
    }
}
