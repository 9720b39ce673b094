namespace WrotaCelne.Benchmarks.Formats;

/// <param name="Runs">Measured calls per scenario (after <paramref name="WarmUp"/> unmeasured ones).</param>
/// <param name="Items">Goods items of the transit declaration.</param>
/// <param name="Checkpoints">How many times during the runs the heap is measured after a full collection.</param>
internal sealed record FormatsBenchmarkOptions(int Runs, int WarmUp, int Items, int Checkpoints, string Output);
