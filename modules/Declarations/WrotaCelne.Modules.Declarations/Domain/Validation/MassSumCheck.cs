using System.Text.Json.Nodes;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>
/// The total at the rule's path (the consignment's gross mass) against the sum of the values at <c>sumOf</c> (the
/// items' gross masses). Items heavier than the total by more than <c>tolerance</c> cannot be: the rule's severity.
/// A difference within the tolerance is taken as rounding, and items lighter than the total by more (goods left out,
/// or packaging counted only in the total) may be right: both are warnings. Missing item masses are the required
/// rules' business: with any missing, only the "heavier" case is reported.
/// </summary>
internal sealed class MassSumCheck : IDeclarationCheck
{
    public string Name => "MASS-SUM";

    public IReadOnlyList<string> MessageKeys { get; } = ["massSumExceeds", "massSumShort", "massSumRounding"];

    public void Validate(DeclarationRule rule)
    {
        if (rule.Definition.SumOf is null)
        {
            throw new FormatException("MASS-SUM needs sumOf, the path of the values summed.");
        }

        _ = JsonPath.Parse(rule.Definition.SumOf);
        if (rule.Definition.Tolerance is < 0)
        {
            throw new FormatException("MASS-SUM's tolerance is not negative.");
        }
    }

    public IEnumerable<CheckFinding> Run(JsonNode root, DeclarationRule rule)
    {
        var sumOf = JsonPath.Parse(rule.Definition.SumOf!);
        var tolerance = rule.Definition.Tolerance ?? 0m;
        foreach (var (location, node) in rule.Paths.SelectMany(p => p.Select(root)))
        {
            if (JsonValues.Number(node) is not { } total)
            {
                continue;
            }

            var parts = sumOf.BindTo(location).Select(root).Select(s => JsonValues.Number(s.Node)).ToList();
            if (parts.Count == 0 || parts.All(p => p is null))
            {
                continue;
            }

            var sum = parts.Sum(p => p ?? 0m);
            var difference = sum - total;
            var arguments = new Dictionary<string, object?> { ["sum"] = sum, ["total"] = total, ["difference"] = Math.Abs(difference), ["tolerance"] = tolerance };
            if (difference > tolerance)
            {
                yield return new CheckFinding(location, "massSumExceeds", arguments);
            }
            else if (difference != 0 && parts.All(p => p is not null))
            {
                yield return new CheckFinding(location, difference < -tolerance ? "massSumShort" : "massSumRounding", arguments, ValidationSeverity.Warning);
            }
        }
    }
}
