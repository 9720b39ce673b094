using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>
/// A compiled <c>when</c> condition. Its path is bound to the place being checked (so <c>$.guarantees[*].type</c>
/// means the type of the same guarantee); a wildcard left unbound holds when any value there passes.
/// </summary>
internal sealed class RuleCondition
{
    private readonly ConditionDefinition definition;
    private readonly Regex? matches;

    public RuleCondition(ConditionDefinition definition)
    {
        this.definition = definition;
        Path = JsonPath.Parse(definition.Path);
        matches = definition.Matches is null ? null : new Regex($"^(?:{definition.Matches})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (definition is { EqualTo: null, In: null, NotIn: null, Present: null, Absent: null, Matches: null })
        {
            throw new FormatException($"The condition on {definition.Path} tests nothing (equals, in, notIn, present, absent or matches).");
        }
    }

    public JsonPath Path { get; }

    public bool Holds(JsonNode root, JsonPath target)
    {
        var values = Path.BindTo(target).Select(root).Select(s => s.Node).Where(JsonValues.IsPresent).Select(JsonValues.Text).ToList();
        var given = values.Count > 0;
        return (definition.Present is not { } present || present == given)
            && (definition.Absent is not { } absent || absent != given)
            && (definition.EqualTo is not { } equal || values.Contains(equal, StringComparer.Ordinal))
            && (definition.In is not { } allowed || values.Any(v => v is not null && allowed.Contains(v, StringComparer.Ordinal)))
            && (definition.NotIn is not { } excluded || values.Any(v => v is not null && !excluded.Contains(v, StringComparer.Ordinal)))
            && (matches is null || values.Any(v => v is not null && matches.IsMatch(v)));
    }
}
