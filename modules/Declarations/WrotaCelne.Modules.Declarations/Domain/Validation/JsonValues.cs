using System.Text.Json;
using System.Text.Json.Nodes;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>How rules read the canonical JSON: what counts as given, and a value as text or number.</summary>
internal static class JsonValues
{
    /// <summary>Given: not missing, not blank text, not an empty list.</summary>
    public static bool IsPresent(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => !string.IsNullOrWhiteSpace(value.GetValue<string>()),
        JsonValue value => value.GetValueKind() != JsonValueKind.Null,
        _ => true,
    };

    /// <summary>A scalar as rules compare it: text as is, numbers as written (<c>2</c>, <c>12.5</c>), booleans <c>true</c>/<c>false</c>; null for objects and lists.</summary>
    public static string? Text(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        }
        : null;

    public static decimal? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number) ? number : null;
}
