namespace WrotaCelne.BuildingBlocks;

/// <summary>
/// Base of every integration event: a fact one module publishes for others, carried through the
/// publisher's outbox and the receiver's inbox. <see cref="Id"/> is the message id receivers dedupe on.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public DateTime OccurredAtUtc { get; init; } = DateTime.UtcNow;
}
