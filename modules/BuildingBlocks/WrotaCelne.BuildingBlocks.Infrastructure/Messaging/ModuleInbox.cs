using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

internal sealed class ModuleInbox<TContext>(string moduleName, InboxSubscriptions<TContext> subscriptions, IServiceScopeFactory scopes, TimeProvider clock)
    : IModuleInbox
    where TContext : DbContext, IModuleDbContext
{
    public string ModuleName => moduleName;

    public bool Accepts(string eventType) => subscriptions.Contains(eventType);

    public async Task<bool> ReceiveAsync(IntegrationEventEnvelope envelope, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (await db.InboxMessages.AnyAsync(m => m.Id == envelope.MessageId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        db.InboxMessages.Add(new InboxMessage
        {
            Id = envelope.MessageId,
            EventType = envelope.EventType,
            Payload = envelope.Payload,
            ReceivedAtUtc = clock.GetUtcNow().UtcDateTime,
            OrganizationId = envelope.OrganizationId,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another delivery of the same message won the race; anything else is a real failure.
            if (await IsAlreadyStoredAsync(envelope.MessageId, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<bool> IsAlreadyStoredAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.InboxMessages.AnyAsync(m => m.Id == messageId, cancellationToken).ConfigureAwait(false);
    }
}
