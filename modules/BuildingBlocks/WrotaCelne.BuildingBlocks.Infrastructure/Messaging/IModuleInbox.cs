namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>A module's receiving side of the bus.</summary>
public interface IModuleInbox
{
    string ModuleName { get; }

    bool Accepts(string eventType);

    /// <summary>Stores the message in the module's inbox; returns false when that message id was already there.</summary>
    Task<bool> ReceiveAsync(IntegrationEventEnvelope envelope, CancellationToken cancellationToken);
}
