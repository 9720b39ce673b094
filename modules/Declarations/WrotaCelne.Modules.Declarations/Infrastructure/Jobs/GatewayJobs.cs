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

/// <summary>Takes in the gateway's documents (receipts and answers) for organizations with declarations under way.</summary>
[DisallowConcurrentExecution]
internal sealed class GatewayPollJob(GatewayInbox inbox) : IJob
{
    public static readonly JobKey Key = new("gateway-poll", "Declarations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Result = await inbox.DrainAsync(cancellationToken);
    }
}
