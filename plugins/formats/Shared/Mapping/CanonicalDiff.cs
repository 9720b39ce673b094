using System.Text.Json.Nodes;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>
/// What a message leaves out of a declaration: the canonical JSON of the declaration compared with the JSON of what
/// the mapping reads back from the message. Every value that does not come back is data the message cannot carry.
/// </summary>
internal static class CanonicalDiff
{
    public static IReadOnlyList<FormatProblem> NotCarried(CustomsDeclaration sent, CustomsDeclaration readBack, string messageType)
    {
        var problems = new List<FormatProblem>();
        Compare(JsonNode.Parse(DeclarationJson.Serialize(sent)), JsonNode.Parse(DeclarationJson.Serialize(readBack)), "$", messageType, problems);
        return problems;
    }

    private static void Compare(JsonNode? sent, JsonNode? back, string path, string messageType, List<FormatProblem> problems)
    {
        switch (sent)
        {
            case null:
                return;
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Compare(value, (back as JsonObject)?[name], $"{path}.{name}", messageType, problems);
                }

                return;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var other = back as JsonArray;
                    Compare(array[i], other is not null && i < other.Count ? other[i] : null, $"{path}[{i}]", messageType, problems);
                }

                return;
            default:
                if (!JsonNode.DeepEquals(sent, back))
                {
                    problems.Add(new FormatProblem(
                        FormatProblemCodes.MissingData,
                        $"{messageType} has no place for the value at {path}; it is not sent.",
                        path));
                }

                return;
        }
    }
}
