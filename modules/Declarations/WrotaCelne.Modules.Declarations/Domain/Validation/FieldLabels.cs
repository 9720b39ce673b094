using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>
/// The UI labels of the declaration's fields in Polish and English, by field (<c>items[*].grossMass</c>), from
/// the embedded <c>field-labels.json</c>. Its order is the document order of the fields. Groups have labels too
/// (<c>parties.consignee</c>, <c>items[*]</c> for one item); a group marked <c>"context": false</c> is not named
/// in front of its fields by <see cref="Describe(string, CultureInfo)"/>.
/// </summary>
internal sealed class FieldLabels
{
    private const string Separator = " › ";

    private readonly Dictionary<string, Entry> entries;

    private FieldLabels(Dictionary<string, Entry> entries) => this.entries = entries;

    public static FieldLabels Default { get; } = Parse(EmbeddedFile.Read("field-labels.json"));

    public IEnumerable<string> Fields => entries.Keys;

    /// <exception cref="JsonException">The text is not a labels file.</exception>
    public static FieldLabels Parse(string json)
    {
        var fields = JsonNode.Parse(json)?["fields"] as JsonObject ?? throw new JsonException("A labels file is an object with 'fields'.");
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (field, value) in fields)
        {
            if (value is not JsonObject label)
            {
                throw new JsonException($"The label of {field} is not an object.");
            }

            var texts = label.Where(p => p.Value?.GetValueKind() == JsonValueKind.String).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
            var context = label["context"] is not JsonValue flag || flag.GetValueKind() != JsonValueKind.False;
            entries.Add(field, new Entry(entries.Count, texts, context));
        }

        return new FieldLabels(entries);
    }

    /// <summary>The label of <paramref name="field"/> in the culture's language (Polish when it has none); the field itself when unknown.</summary>
    public string Label(string field, CultureInfo culture) => Localized.Pick(entries.GetValueOrDefault(field)?.Texts, culture) ?? field;

    /// <summary>Whether the field has its own label in <paramref name="language"/> (no fallback).</summary>
    public bool Has(string field, string language) => entries.TryGetValue(field, out var entry) && entry.Texts.ContainsKey(language);

    /// <summary>The position of the field in document order; unknown fields come last.</summary>
    public int Order(string field) => entries.TryGetValue(field, out var entry) ? entry.Order : int.MaxValue;

    /// <summary>
    /// The label of a concrete place with its groups, for messages: <c>$.items[1].packages[0].kind</c> is
    /// "Pozycja 2 › Opakowanie 1 › Rodzaj opakowań".
    /// </summary>
    public string Describe(string path, CultureInfo culture) => Describe(JsonPath.Parse(path), culture);

    public string Describe(JsonPath path, CultureInfo culture)
    {
        var segments = path.Segments;
        if (segments.Count == 0)
        {
            return Label("$", culture);
        }

        var parts = new List<string>();
        var field = "";
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsArrayStep)
            {
                continue;
            }

            field = field.Length == 0 ? segment.Name : $"{field}.{segment.Name}";
            var last = i == segments.Count - 1;
            if (i + 1 < segments.Count && segments[i + 1] is { Kind: PathSegmentKind.Index } element)
            {
                var elementField = field + "[*]";
                var name = entries.ContainsKey(elementField) ? Label(elementField, culture) : Label(field, culture);
                parts.Add(string.Create(culture, $"{name} {element.Index + 1}"));
                field = elementField;
            }
            else if (last || (entries.TryGetValue(field, out var entry) && entry.Context))
            {
                parts.Add(Label(field, culture));
            }
        }

        return string.Join(Separator, parts);
    }

    private sealed record Entry(int Order, IReadOnlyDictionary<string, string> Texts, bool Context);
}
