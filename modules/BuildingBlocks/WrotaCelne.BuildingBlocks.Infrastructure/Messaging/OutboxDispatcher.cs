using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Hands a module's pending outbox rows to the bus, oldest first, and marks them dispatched.</summary>
public sealed class OutboxDispatcher<TContext>(IServiceScopeFactory scopes, IEventBus bus, TimeProvider clock, ILogger<OutboxDispatcher<TContext>> logger)
    where TContext : DbContext, IModuleDbContext
{
    public const int BatchSize = 50;

    /// <summary>Dispatches one batch; returns how many rows were dispatched.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.OutboxMessages
            .Where(m => m.DispatchedAtUtc == null && m.Attempts < Retry.MaxAttempts && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now))
            .OrderBy(m => m.OccurredAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var dispatched = 0;
        foreach (var message in pending)
        {
            try
            {
                await bus.PublishAsync(new IntegrationEventEnvelope(message.Id, message.EventType, message.Payload, message.OccurredAtUtc, message.OrganizationId), cancellationToken)
                    .ConfigureAwait(false);
                message.DispatchedAtUtc = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                dispatched++;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                message.Attempts++;
                message.LastError = e.Message;
                message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + Retry.Backoff(message.Attempts);
                logger.LogWarning(e, "Outbox message {MessageId} ({EventType}) failed to dispatch, attempt {Attempt}", message.Id, message.EventType, message.Attempts);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return dispatched;
    }
}
