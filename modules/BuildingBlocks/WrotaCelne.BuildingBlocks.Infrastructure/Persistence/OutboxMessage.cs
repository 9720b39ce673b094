namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>An integration event waiting in its publisher's database to be handed to the bus.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public required string EventType { get; set; }

    public required string Payload { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public DateTime? DispatchedAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
