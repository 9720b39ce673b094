using System.Text.Json.Nodes;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>Numbers run 1 to n in list order: the value at the rule's path (<c>$.items[*].number</c>) is its element's position.</summary>
internal sealed class ItemNumbersCheck : IDeclarationCheck
{
    public string Name => "ITEM-NUMBERS";

    public IReadOnlyList<string> MessageKeys { get; } = ["itemNumbers"];

    public void Validate(DeclarationRule rule)
    {
        if (rule.Paths.Any(p => !p.Segments.Any(s => s.IsArrayStep)))
        {
            throw new FormatException("ITEM-NUMBERS needs a path through a list, like $.items[*].number.");
        }
    }

    public IEnumerable<CheckFinding> Run(JsonNode root, DeclarationRule rule)
    {
        foreach (var (location, node) in rule.Paths.SelectMany(p => p.Select(root)))
        {
            var expected = location.Segments.Last(s => s.IsArrayStep).Index + 1;
            if (JsonValues.Number(node) != expected)
            {
                yield return new CheckFinding(location, "itemNumbers", new Dictionary<string, object?> { ["value"] = JsonValues.Text(node), ["expected"] = expected });
            }
        }
    }
}
