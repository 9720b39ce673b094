using System.Text.Json.Nodes;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>
/// Drops groups that hold nothing (a party whose every field was left empty in a form), so "no consignor" stays absent
/// instead of becoming an empty consignor that rules then find incomplete. List entries stay: an empty row is a row.
/// </summary>
internal static class DocumentPruning
{
    public static string Prune(string json)
    {
        var root = JsonNode.Parse(json)!;
        Prune(root);
        return root.ToJsonString(Plugins.Abstractions.Declarations.DeclarationJson.Options);
    }

    private static void Prune(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    Prune(child);
                    if (child is null || child is JsonObject { Count: 0 })
                    {
                        o.Remove(key);
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Prune(child);
                }

                break;
        }
    }
}
