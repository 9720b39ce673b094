using System.Text.Json;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>How integration events are named and written in outbox and inbox rows.</summary>
public static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The stable name of an event type: its full name (event records live in Contracts and are never renamed, only versioned).</summary>
    public static string NameOf(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        return eventType.FullName ?? eventType.Name;
    }

    public static string Serialize(IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);
    }

    public static IntegrationEvent Deserialize(string payload, Type eventType) =>
        (IntegrationEvent?)JsonSerializer.Deserialize(payload, eventType, Options)
        ?? throw new JsonException($"The payload of {eventType.Name} is empty.");
}
