using WrotaCelne.Benchmarks.Http;
using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.SignIn;

/// <summary>The probe's latency per page over one stretch of time; the error counts are its requests that did not answer 200.</summary>
internal sealed record PageLatency(string Stretch, LatencySummary Health, int HealthErrors, LatencySummary Home, int HomeErrors)
{
    public static PageLatency Of(string stretch, IReadOnlyCollection<ProbeSample> samples) => new(
        stretch,
        LatencySummary.Of(samples.Where(s => s.Path == PageProbe.HealthPath).Select(s => s.Latency)),
        samples.Count(s => s.Path == PageProbe.HealthPath && !s.Ok),
        LatencySummary.Of(samples.Where(s => s.Path == PageProbe.HomePath).Select(s => s.Latency)),
        samples.Count(s => s.Path == PageProbe.HomePath && !s.Ok));
}
