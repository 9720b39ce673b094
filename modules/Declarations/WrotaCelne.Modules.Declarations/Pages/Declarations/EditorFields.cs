using System.Globalization;
using System.Text.Json.Nodes;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>
/// The bridge between the canonical document's JSON paths and the editor's form field names:
/// <c>$.items[1].grossMass</c> is the form field <c>Document.Items[1].GrossMass</c>.
/// </summary>
internal static class EditorFields
{
    public const string Prefix = "Document";

    public static string NameOf(string jsonPath)
    {
        var path = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        var parts = path.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]);
        return string.Join('.', new[] { Prefix }.Concat(parts));
    }

    /// <summary>The wildcard field of a form field name: <c>Document.Items[1].GrossMass</c> is <c>items[*].grossMass</c>.</summary>
    public static string FieldOfName(string name) =>
        FieldOf("$." + string.Join('.', name.Split('.').Skip(1).Select(p => char.ToLowerInvariant(p[0]) + p[1..])));

    /// <summary>The wildcard field of a concrete path, as labels and rules name it: <c>items[*].grossMass</c>.</summary>
    public static string FieldOf(string jsonPath) =>
        System.Text.RegularExpressions.Regex.Replace(jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath, @"\[\d+\]", "[*]");

    /// <summary>
    /// Every value of the document as (form field name, text the model binder reads back in <paramref name="culture"/>),
    /// so fields the editor does not show travel through the form unchanged instead of being lost on save.
    /// </summary>
    public static IEnumerable<(string Name, string Value)> Leaves(CustomsDeclaration document, CultureInfo culture)
    {
        var root = JsonNode.Parse(DeclarationJson.Serialize(document))!;
        return Walk("$", root, culture);
    }

    private static IEnumerable<(string Name, string Value)> Walk(string path, JsonNode? node, CultureInfo culture)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    foreach (var leaf in Walk($"{path}.{key}", child, culture))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var leaf in Walk($"{path}[{i}]", a[i], culture))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonValue v:
                yield return (NameOf(path), Text(v, culture));
                break;
        }
    }

    private static string Text(JsonValue value, CultureInfo culture) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.Number => value.GetValue<decimal>().ToString(culture),
        System.Text.Json.JsonValueKind.True => "true",
        System.Text.Json.JsonValueKind.False => "false",
        _ => value.GetValue<string>(),
    };
}
