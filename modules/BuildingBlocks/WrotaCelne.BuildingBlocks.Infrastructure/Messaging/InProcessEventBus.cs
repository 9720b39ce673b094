namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// The in-process bus: delivery means writing the message into each subscriber's inbox table.
/// Delivery is at least once (a crash between inbox write and outbox mark repeats it); inboxes dedupe.
/// </summary>
internal sealed class InProcessEventBus(IEnumerable<IModuleInbox> inboxes) : IEventBus
{
    private readonly IModuleInbox[] _inboxes = inboxes.ToArray();

    public async Task PublishAsync(IntegrationEventEnvelope envelope, CancellationToken cancellationToken)
    {
        foreach (var inbox in _inboxes)
        {
            if (inbox.Accepts(envelope.EventType))
            {
                await inbox.ReceiveAsync(envelope, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
