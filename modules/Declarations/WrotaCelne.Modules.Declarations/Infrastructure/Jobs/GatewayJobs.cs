using Quartz;
using WrotaCelne.Modules.Declarations.Application.Exchange;

namespace WrotaCelne.Modules.Declarations.Infrastructure.Jobs;

/// <summary>Sends due outbox rows to the gateway.</summary>
[DisallowConcurrentExecution]
internal sealed class SubmissionDispatchJob(SubmissionDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("gateway-dispatch", "Declarations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Result = await dispatcher.DispatchDueAsync(cancellationToken);
    }
}

/// <summary>
/// Takes in the gateway's documents (receipts and answers) for organizations with declarations under way, then looks up
/// the answers of sent declarations that have been quiet for long.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class GatewayPollJob(GatewayInbox inbox, AnswerLookups lookups) : IJob
{
    public static readonly JobKey Key = new("gateway-poll", "Declarations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var taken = await inbox.DrainAsync(cancellationToken);
        context.Result = taken + await lookups.LookUpDueAsync(cancellationToken);
    }
}
