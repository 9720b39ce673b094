using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WrotaCelne.Plugins.Abstractions.Declarations;

/// <summary>The JSON form of <see cref="CustomsDeclaration"/>: camelCase members, enums as camelCase strings, absent values left out.</summary>
public static class DeclarationJson
{
    /// <summary>Serializer options of the canonical JSON form.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a declaration as canonical JSON.</summary>
    public static string Serialize(CustomsDeclaration declaration) => JsonSerializer.Serialize(declaration, Options);

    /// <summary>Reads a declaration from canonical JSON; unknown members are ignored (a newer minor model version).</summary>
    /// <exception cref="JsonException">The text is not a declaration.</exception>
    public static CustomsDeclaration Deserialize(string json) =>
        JsonSerializer.Deserialize<CustomsDeclaration>(json, Options) ?? throw new JsonException("The document is empty (null).");

    /// <summary>A deep copy through the JSON form.</summary>
    public static CustomsDeclaration Clone(CustomsDeclaration declaration) => Deserialize(Serialize(declaration));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 32,

            // Names and addresses stay readable UTF-8; the JSON is data, and pages HTML-encode what they show.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
