using System.Text.Json.Nodes;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>Net mass never exceeds gross mass: for each object at the rule's path (an item), <c>netMass</c> ≤ <c>grossMass</c>.</summary>
internal sealed class MassNetGrossCheck : IDeclarationCheck
{
    public string Name => "MASS-NET-GROSS";

    public IReadOnlyList<string> MessageKeys { get; } = ["massNetGross"];

    public void Validate(DeclarationRule rule)
    {
    }

    public IEnumerable<CheckFinding> Run(JsonNode root, DeclarationRule rule)
    {
        foreach (var (location, node) in rule.Paths.SelectMany(p => p.Select(root)))
        {
            if (node is JsonObject item && JsonValues.Number(item["netMass"]) is { } net && JsonValues.Number(item["grossMass"]) is { } gross && net > gross)
            {
                yield return new CheckFinding(location.Property("netMass"), "massNetGross", new Dictionary<string, object?> { ["net"] = net, ["gross"] = gross });
            }
        }
    }
}
