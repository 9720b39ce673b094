using System.Globalization;
using System.Text.Json;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>One entry as an official codelist file states it.</summary>
internal sealed record CodeListFileEntry(string Code, string Description, DateOnly? ValidFrom, string Attributes);

/// <summary>
/// Reads an official codelist file: a JSON array of objects with <c>code</c> (or <c>id</c>),
/// <c>description</c> (or <c>name</c>), optional <c>activeFrom</c> and <c>state</c> ("valid" or not);
/// every other property is kept as an attribute (arrays as sorted, distinct, comma-separated text).
/// Anything else is refused with a message naming the entry.
/// </summary>
internal static class CodeListFile
{
    public const int MaxBytes = 20 * 1024 * 1024;
    public const int MaxEntries = 100_000;
    private const int MaxCodeLength = 35;
    private const int MaxDescriptionLength = 512;
    private static readonly string[] Known = ["code", "id", "description", "name", "activeFrom", "state"];

    public static IReadOnlyList<CodeListFileEntry> Parse(byte[] content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 8, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            throw Refuse("codelist.json", "The file is not valid JSON: {0}", e.Message);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw Refuse("codelist.json", "The file must be a JSON array of entries.");
            }

            if (document.RootElement.GetArrayLength() > MaxEntries)
            {
                throw Refuse("codelist.size", "A codelist file holds at most {0} entries.", MaxEntries);
            }

            var entries = new Dictionary<string, CodeListFileEntry>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var entry = Read(item, index);
                if (entry is not null && !entries.TryAdd(entry.Code, entry))
                {
                    throw Refuse("codelist.entry", "Entry {0}: code {1} appears twice among the valid entries.", index, entry.Code);
                }

                index++;
            }

            return [.. entries.Values];
        }
    }

    /// <summary>The entry, or null when the file marks it as not valid.</summary>
    private static CodeListFileEntry? Read(JsonElement item, int index)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Refuse("codelist.entry", "Entry {0} is not an object.", index);
        }

        var code = Text(item, "code") ?? Text(item, "id");
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength)
        {
            throw Refuse("codelist.entry", "Entry {0} has no code (code or id, at most {1} characters).", index, MaxCodeLength);
        }

        var description = (Text(item, "description") ?? Text(item, "name") ?? "").Trim();
        if (description.Length > MaxDescriptionLength)
        {
            description = description[..MaxDescriptionLength];
        }

        DateOnly? from = null;
        if (Text(item, "activeFrom") is { } activeFrom)
        {
            if (!DateOnly.TryParseExact(activeFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw Refuse("codelist.entry", "Entry {0} ({1}): activeFrom must be a date like 2026-01-31.", index, code);
            }

            from = day;
        }

        if (Text(item, "state") is { } state && !string.Equals(state, "valid", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject().Where(p => !Known.Contains(p.Name, StringComparer.Ordinal)))
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.Array => string.Join(',', property.Value.EnumerateArray().Select(Scalar).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                JsonValueKind.Object => throw Refuse("codelist.entry", "Entry {0} ({1}): {2} must not be an object.", index, code, property.Name),
                _ => Scalar(property.Value),
            };
            if (value is not null)
            {
                attributes[property.Name] = value;
            }
        }

        return new CodeListFileEntry(code.Trim(), description, from, JsonSerializer.Serialize(attributes));
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => "",
    };

    private static InvalidInputException Refuse(string code, string message, params object[] arguments) =>
        new([new FieldError("file", code, string.Format(CultureInfo.InvariantCulture, message, arguments), arguments)]);
}
