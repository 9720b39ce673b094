namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Hands an outbox message to the inbox of every module subscribed to its type.</summary>
public interface IEventBus
{
    Task PublishAsync(IntegrationEventEnvelope envelope, CancellationToken cancellationToken);
}
