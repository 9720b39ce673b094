namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>An integration event received by a module; the id is the message id, so a redelivery is ignored.</summary>
public sealed class InboxMessage
{
    public Guid Id { get; set; }

    public required string EventType { get; set; }

    public required string Payload { get; set; }

    public DateTime ReceivedAtUtc { get; set; }

    public DateTime? ProcessedAtUtc { get; set; }

    /// <summary>The organization whose data the event carries (null for platform-wide events).</summary>
    public Guid? OrganizationId { get; set; }

    public int Attempts { get; set; }

    /// <summary>After a failure, the row waits until this time (exponential backoff).</summary>
    public DateTime? NextAttemptAtUtc { get; set; }

    public string? LastError { get; set; }
}
