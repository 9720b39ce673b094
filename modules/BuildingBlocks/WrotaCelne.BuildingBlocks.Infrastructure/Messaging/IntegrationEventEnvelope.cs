namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>An integration event as it travels from an outbox to inboxes.</summary>
public sealed record IntegrationEventEnvelope(Guid MessageId, string EventType, string Payload, DateTime OccurredAtUtc, Guid? OrganizationId = null);
