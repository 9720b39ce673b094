using System.Collections.Concurrent;
using Quartz;

namespace WrotaCelne.Host.Jobs;

/// <summary>Remembers each job's last run (start, duration, error) for the operators' jobs view; Quartz itself keeps only fire times.</summary>
internal sealed class JobRunRecorder(TimeProvider clock) : IJobListener
{
    private readonly ConcurrentDictionary<JobKey, JobRun> _last = new();
    private readonly ConcurrentDictionary<string, DateTime> _started = new();

    public string Name => "wrotacelne-job-runs";

    public JobRun? LastRun(JobKey key) => _last.GetValueOrDefault(key);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        _started[context.FireInstanceId] = clock.GetUtcNow().UtcDateTime;
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = clock.GetUtcNow().UtcDateTime;
        var started = _started.TryRemove(context.FireInstanceId, out var at) ? at : now;
        _last[context.JobDetail.Key] = new JobRun(started, now - started, jobException?.InnerException?.Message ?? jobException?.Message);
        return ValueTask.CompletedTask;
    }
}

/// <summary>One finished run of a job.</summary>
internal sealed record JobRun(DateTime StartedAtUtc, TimeSpan Duration, string? Error);
