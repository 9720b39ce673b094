using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>Draft save throughput: editors saving back to back, each on a draft of its own, for a fixed time.</summary>
internal static class DraftSaveScenario
{
    public static async Task<SaveResult> RunAsync(IReadOnlyList<DraftEditorClient> editors, TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        var (samples, elapsed) = await LoadLoop.RunAsync(editors, (_, editor) => editor.SaveAsync(), stop.Token);
        var saved = samples.Where(s => s.Ok).ToList();
        return new SaveResult(editors.Count, elapsed, saved.Count, samples.Count - saved.Count, LatencySummary.Of(samples.Select(s => s.Latency)));
    }
}
