using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Runs a module's handlers for received messages. The handler's changes and the row's processed
/// mark are saved by one SaveChanges, so the effect happens exactly once per message id.
/// </summary>
public sealed class InboxProcessor<TContext>(IServiceScopeFactory scopes, InboxSubscriptions<TContext> subscriptions, TimeProvider clock, ILogger<InboxProcessor<TContext>> logger)
    where TContext : DbContext, IModuleDbContext
{
    public const int BatchSize = 50;

    public async Task<int> ProcessAsync(CancellationToken cancellationToken)
    {
        List<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            ids = await db.InboxMessages
                .Where(m => m.ProcessedAtUtc == null && m.Attempts < Retry.MaxAttempts && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now))
                .OrderBy(m => m.ReceivedAtUtc)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
        }

        var processed = 0;
        foreach (var id in ids)
        {
            if (await ProcessOneAsync(id, cancellationToken).ConfigureAwait(false))
            {
                processed++;
            }
        }

        return processed;
    }

    private async Task<bool> ProcessOneAsync(Guid id, CancellationToken cancellationToken)
    {
        string? error;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var message = await db.InboxMessages.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
            if (message.ProcessedAtUtc is not null)
            {
                return false;
            }

            try
            {
                var eventType = subscriptions.Resolve(message.EventType)
                    ?? throw new InvalidOperationException($"The module does not subscribe to {message.EventType}.");
                var integrationEvent = IntegrationEventSerializer.Deserialize(message.Payload, eventType);
                var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType);
                // Only this module's handlers: another module subscribed to the same event handles it from its own inbox.
                foreach (var handler in scope.ServiceProvider.GetServices(handlerType).Where(h => h!.GetType().Assembly == subscriptions.ModuleAssembly))
                {
                    var task = (Task)handlerType.GetMethod("HandleAsync")!.Invoke(handler, [integrationEvent, cancellationToken])!;
                    await task.ConfigureAwait(false);
                }

                message.ProcessedAtUtc = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                error = (e is TargetInvocationException { InnerException: { } inner } ? inner : e).Message;
                logger.LogWarning(e, "Inbox message {MessageId} ({EventType}) failed", id, message.EventType);
            }
        }

        await using var retryScope = scopes.CreateAsyncScope();
        var retryDb = retryScope.ServiceProvider.GetRequiredService<TContext>();
        var failed = await retryDb.InboxMessages.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        failed.Attempts++;
        failed.LastError = error;
        failed.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + Retry.Backoff(failed.Attempts);
        await retryDb.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return false;
    }
}
