namespace WrotaCelne.Benchmarks.Submission;

/// <param name="Declarations">Declarations sent in the measured run.</param>
/// <param name="Clients">Concurrent clients pressing "send".</param>
/// <param name="Items">Goods items per declaration.</param>
/// <param name="Intervals">The dispatcher's and the poller's intervals; null keeps the product's defaults.</param>
internal sealed record SubmissionBenchmarkOptions(int Declarations, int Clients, int Items, TimeSpan? Intervals, string Output);
