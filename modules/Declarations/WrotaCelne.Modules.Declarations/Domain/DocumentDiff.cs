using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>What changed between two versions of a declaration document, leaf by leaf, as JSON paths.</summary>
internal static class DocumentDiff
{
    // Values are data shown to people (HTML-encoded where shown), not script: keep "ü" readable.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<FieldChange> Between(string? before, string after)
    {
        var changes = new List<FieldChange>();
        Compare("$", before is null ? new JsonObject() : JsonNode.Parse(before), JsonNode.Parse(after), changes);
        return changes;
    }

    private static void Compare(string path, JsonNode? before, JsonNode? after, List<FieldChange> changes)
    {
        // An empty group (a new blank row) that appeared or disappeared has no leaves to list: it is the change.
        if ((before is null && IsEmpty(after)) || (after is null && IsEmpty(before)))
        {
            changes.Add(new FieldChange(path, before?.ToJsonString(Readable), after?.ToJsonString(Readable)));
            return;
        }

        // A group that appeared or disappeared is compared with an empty one, so its leaves are listed.
        before ??= Empty(after);
        after ??= Empty(before);
        switch (before, after)
        {
            case (JsonObject b, JsonObject a):
                foreach (var name in b.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    Compare($"{path}.{name}", b[name], a[name], changes);
                }

                break;
            case (JsonArray b, JsonArray a):
                for (var i = 0; i < Math.Max(b.Count, a.Count); i++)
                {
                    Compare($"{path}[{i}]", i < b.Count ? b[i] : null, i < a.Count ? a[i] : null, changes);
                }

                break;
            default:
                var was = before?.ToJsonString(Readable);
                var now = after?.ToJsonString(Readable);
                if (was != now)
                {
                    changes.Add(new FieldChange(path, was, now));
                }

                break;
        }
    }

    private static bool IsEmpty(JsonNode? node) => node is JsonObject { Count: 0 } or JsonArray { Count: 0 };

    private static JsonNode? Empty(JsonNode? like) => like switch
    {
        JsonObject => new JsonObject(),
        JsonArray => new JsonArray(),
        _ => null,
    };
}
