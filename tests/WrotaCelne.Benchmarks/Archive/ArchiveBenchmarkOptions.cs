namespace WrotaCelne.Benchmarks.Archive;

/// <param name="Declarations">The big organization's declarations.</param>
/// <param name="Requests">Measured requests per search scenario (after the warm-up ones).</param>
/// <param name="WarmUp">Unmeasured requests before each search scenario.</param>
/// <param name="SaveDuration">How long each draft-save phase runs.</param>
/// <param name="SaveClients">Concurrent editors of the save phases, one phase each.</param>
/// <param name="Regenerate">Generate the data again even when a kept copy exists.</param>
/// <param name="Output">The markdown file the results are written to.</param>
internal sealed record ArchiveBenchmarkOptions(
    int Declarations, int Requests, int WarmUp, TimeSpan SaveDuration, IReadOnlyList<int> SaveClients, bool Regenerate, string Output);
