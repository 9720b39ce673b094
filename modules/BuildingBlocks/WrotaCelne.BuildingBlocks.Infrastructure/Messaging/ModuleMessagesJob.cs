using Microsoft.EntityFrameworkCore;
using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Base of each module's messaging job: dispatch the module's outbox, then process its inbox.
/// Each module derives a concrete job in its Infrastructure layer and marks it
/// <see cref="DisallowConcurrentExecutionAttribute"/>.
/// </summary>
public abstract class ModuleMessagesJob<TContext>(OutboxDispatcher<TContext> outbox, InboxProcessor<TContext> inbox) : IJob
    where TContext : DbContext, IModuleDbContext
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await outbox.DispatchAsync(cancellationToken).ConfigureAwait(false);
        await inbox.ProcessAsync(cancellationToken).ConfigureAwait(false);
    }
}
