namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>An integration event waiting in its publisher's database to be handed to the bus.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public required string EventType { get; set; }

    public required string Payload { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public DateTime? DispatchedAtUtc { get; set; }

    /// <summary>The organization whose data the event carries (null for platform-wide events).</summary>
    public Guid? OrganizationId { get; set; }

    public int Attempts { get; set; }

    /// <summary>After a failure, the row waits until this time (exponential backoff).</summary>
    public DateTime? NextAttemptAtUtc { get; set; }

    public string? LastError { get; set; }
}
