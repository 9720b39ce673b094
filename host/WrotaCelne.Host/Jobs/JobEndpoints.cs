using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;

namespace WrotaCelne.Host.Jobs;

internal static class JobEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/admin/jobs", async (JobsOverview jobs, CancellationToken ct) => TypedResults.Ok(await jobs.ListAsync(ct)))
            .WithTags("Administration")
            .WithName("ListJobs")
            .WithSummary("Lists the scheduled background jobs with their triggers, state and last run (platform operators).")
            .RequireAuthorization(AccessPolicies.PlatformOperator);
}

/// <summary>A background job as the admin API shows it.</summary>
public sealed record JobStatusDto(
    string Group, string Name, string? Description, string State, DateTime? NextRunUtc, DateTime? PreviousRunUtc, DateTime? LastStartedUtc, double? LastDurationMs, string? LastError);

/// <summary>Reads the scheduler's jobs and triggers, with the last run the recorder saw.</summary>
internal sealed class JobsOverview(ISchedulerFactory schedulers, JobRunRecorder runs)
{
    public async Task<IReadOnlyList<JobStatusDto>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var triggers = (await scheduler.QueryTriggers(new TriggerQuery { Take = 1000 }, cancellationToken)).Items;
        var jobs = (await scheduler.QueryJobs(new JobQuery { Take = 1000 }, cancellationToken)).Items;
        return jobs.Select(job =>
            {
                var trigger = triggers.FirstOrDefault(t => t.JobKey.Equals(job.Key));
                var last = runs.LastRun(job.Key);
                return new JobStatusDto(
                    job.Key.Group,
                    job.Key.Name,
                    job.Description,
                    trigger?.State.ToString() ?? "NoTrigger",
                    trigger?.NextFireTimeUtc?.UtcDateTime,
                    trigger?.PreviousFireTimeUtc?.UtcDateTime,
                    last?.StartedAtUtc,
                    last?.Duration.TotalMilliseconds,
                    last?.Error);
            })
            .ToList();
    }
}
