using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>
/// Checks a canonical declaration against <see cref="DeclarationRules"/> on its canonical JSON form, so rules
/// name JSON paths, never C# types. Codelist rules run after the others and skip a place that already has an
/// error (a malformed office code is not also reported as unknown). Findings come in document order.
/// </summary>
internal sealed class DeclarationValidator(DeclarationRules rules, ICodeListMembership codeLists)
{
    private readonly FieldLabels labels = FieldLabels.Default;

    public async Task<IReadOnlyList<ValidationFinding>> ValidateAsync(CustomsDeclaration declaration, DateOnly day, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(culture);
        var root = JsonSerializer.SerializeToNode(declaration, DeclarationJson.Options) ?? new JsonObject();
        var family = JsonValues.Text(root["family"]);
        var declarationType = JsonValues.Text(root["declarationType"]);
        var run = new Run(root, day, culture, [], new HashSet<string>(StringComparer.Ordinal), new Dictionary<(string, string, string?, string?), bool>());
        var applicable = rules.Rules.Where(r => r.AppliesTo(family, declarationType)).ToList();
        foreach (var rule in applicable.Where(r => r.Kind != RuleKind.Codelist))
        {
            Evaluate(run, rule);
        }

        foreach (var rule in applicable.Where(r => r.Kind == RuleKind.Codelist))
        {
            await EvaluateCodelistAsync(run, rule, cancellationToken);
        }

        return run.Findings.OrderBy(f => f.Location, new DocumentOrder(labels)).Select(f => f.Finding).ToList();
    }

    private void Evaluate(Run run, DeclarationRule rule)
    {
        if (rule.Check is { } check)
        {
            foreach (var found in check.Run(run.Root, rule).Where(f => rule.ConditionsHold(run.Root, f.Location)))
            {
                Add(run, rule, found.Location, [found.MessageKey], found.Arguments, found.Severity);
            }

            return;
        }

        foreach (var (location, node) in Targets(run, rule))
        {
            var value = JsonValues.Text(node);
            var definition = rule.Definition;
            switch (rule.Kind)
            {
                case RuleKind.Required when !JsonValues.IsPresent(node):
                    Add(run, rule, location, ["required"]);
                    break;
                case RuleKind.Forbidden when JsonValues.IsPresent(node):
                    Add(run, rule, location, ["forbidden"], Arguments(value));
                    break;
                case RuleKind.Format when value is not null && JsonValues.IsPresent(node) && !(rule.Format?.IsValid(value) ?? rule.Pattern!.IsMatch(value)):
                    Add(run, rule, location, rule.Format is { } format ? ["format." + format.Name, "format"] : ["format"], Arguments(value, ("format", definition.Format ?? definition.Pattern)));
                    break;
                case RuleKind.OneOf when value is not null && JsonValues.IsPresent(node) && !definition.Values!.Contains(value, StringComparer.Ordinal):
                    Add(run, rule, location, ["oneOf"], Arguments(value, ("values", definition.Values)));
                    break;
                case RuleKind.MaxLength when value is not null && node!.GetValueKind() == JsonValueKind.String && value.Length > definition.MaxLength:
                    Add(run, rule, location, ["maxLength"], Arguments(value, ("maxLength", definition.MaxLength), ("length", value.Length)));
                    break;
                case RuleKind.Range when JsonValues.Number(node) is { } number && OutOfRange(definition, number):
                    Add(run, rule, location, ["range"], Arguments(number, ("min", definition.Min), ("max", definition.Max), ("bounds", Bounds(definition, run.Culture))));
                    break;
            }
        }
    }

    private async Task EvaluateCodelistAsync(Run run, DeclarationRule rule, CancellationToken cancellationToken)
    {
        var definition = rule.Definition;
        foreach (var (location, node) in Targets(run, rule))
        {
            if (!JsonValues.IsPresent(node) || JsonValues.Text(node) is not { } code || run.ErrorPaths.Contains(location.ToString()))
            {
                continue;
            }

            if (await ContainsAsync(run, definition.List!, code, definition.Attribute, definition.Value, cancellationToken))
            {
                continue;
            }

            var known = definition.Attribute is not null && await ContainsAsync(run, definition.List!, code, null, null, cancellationToken);
            var key = known ? "codelistAttribute" : "codelist";
            Add(run, rule, location, [$"{key}.{definition.List}", key],
                Arguments(code, ("list", definition.List), ("attribute", definition.Attribute), ("attributeValue", definition.Value)));
        }
    }

    private async Task<bool> ContainsAsync(Run run, string list, string code, string? attribute, string? value, CancellationToken cancellationToken)
    {
        var key = (list, code, attribute, value);
        if (!run.Memberships.TryGetValue(key, out var contains))
        {
            contains = await codeLists.ContainsAsync(list, code, run.Day, attribute, value, cancellationToken);
            run.Memberships[key] = contains;
        }

        return contains;
    }

    /// <summary>The places a rule looks at whose conditions hold: for required, every member under an existing parent, given or not.</summary>
    private static IEnumerable<(JsonPath Location, JsonNode? Node)> Targets(Run run, DeclarationRule rule) =>
        rule.Paths.SelectMany(p => p.Select(run.Root)).Where(t => rule.ConditionsHold(run.Root, t.Location));

    private static bool OutOfRange(RuleDefinition definition, decimal number) =>
        (definition.Min is { } min && (definition.ExclusiveMin ? number <= min : number < min)) || (definition.Max is { } max && number > max);

    /// <summary>The allowed range in words of symbols: "&gt; 0", "≥ 0, ≤ 99999999".</summary>
    private static string Bounds(RuleDefinition definition, CultureInfo culture)
    {
        var parts = new List<string>(2);
        if (definition.Min is { } min)
        {
            parts.Add(string.Create(culture, $"{(definition.ExclusiveMin ? ">" : "≥")} {min}"));
        }

        if (definition.Max is { } max)
        {
            parts.Add(string.Create(culture, $"≤ {max}"));
        }

        return string.Join(", ", parts);
    }

    private static Dictionary<string, object?> Arguments(object? value, params (string Name, object? Value)[] more)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal) { ["value"] = value };
        foreach (var (name, argument) in more)
        {
            arguments[name] = argument;
        }

        return arguments;
    }

    private void Add(Run run, DeclarationRule rule, JsonPath location, IReadOnlyList<string> messageKeys, IReadOnlyDictionary<string, object?>? arguments = null, ValidationSeverity? severity = null)
    {
        var field = location.Field;
        var values = new Dictionary<string, object?>(arguments ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            ["label"] = labels.Describe(location, run.Culture),
            ["path"] = location.ToString(),
        };
        var message = MessageTemplate.Render(rules.Template(rule, messageKeys, run.Culture), values, run.Culture);
        var finding = new ValidationFinding(location.ToString(), field, labels.Label(field, run.Culture), rule.Code, severity ?? rule.Severity, message);
        if (finding.Severity == ValidationSeverity.Error)
        {
            run.ErrorPaths.Add(finding.Path);
        }

        run.Findings.Add((location, finding));
    }

    private sealed record Run(
        JsonNode Root,
        DateOnly Day,
        CultureInfo Culture,
        List<(JsonPath Location, ValidationFinding Finding)> Findings,
        HashSet<string> ErrorPaths,
        Dictionary<(string List, string Code, string? Attribute, string? Value), bool> Memberships);
}
