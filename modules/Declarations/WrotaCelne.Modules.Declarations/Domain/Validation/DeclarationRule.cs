using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>A rule of <see cref="DeclarationRules"/>, compiled: paths parsed, patterns built, its format or check found.</summary>
internal sealed class DeclarationRule
{
    private static readonly string[] FamilyNames = ["transit", "export", "import"];

    public DeclarationRule(RuleDefinition definition, int order)
    {
        Definition = definition;
        Order = order;
        IReadOnlyList<string> paths = definition.Paths ?? (definition.Path is { } single ? [single] : []);
        if (paths.Count == 0 || (definition.Path is not null && definition.Paths is not null))
        {
            throw new FormatException("Give either path or paths.");
        }

        Paths = [.. paths.Select(JsonPath.Parse)];
        if (definition.Families?.FirstOrDefault(f => !FamilyNames.Contains(f, StringComparer.Ordinal)) is { } unknownFamily)
        {
            throw new FormatException($"Unknown family '{unknownFamily}' (transit, export or import).");
        }

        Conditions = [.. (definition.When ?? []).Select(c => new RuleCondition(c))];
        switch (definition.Kind)
        {
            case RuleKind.Format:
                if ((definition.Format is null) == (definition.Pattern is null))
                {
                    throw new FormatException("A format rule names a format or gives a pattern, not both.");
                }

                Format = definition.Format is null ? null : ValueFormats.Find(definition.Format) ?? throw new FormatException($"Unknown format '{definition.Format}' ({string.Join(", ", ValueFormats.Names)}).");
                Pattern = definition.Pattern is null ? null : new Regex($"^(?:{definition.Pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                break;
            case RuleKind.Codelist when string.IsNullOrWhiteSpace(definition.List) || (definition.Attribute is null) != (definition.Value is null):
                throw new FormatException("A codelist rule names its list, and an attribute only with a value.");
            case RuleKind.OneOf when definition.Values is not { Count: > 0 }:
                throw new FormatException("A oneOf rule lists its values.");
            case RuleKind.Range when definition.Min is null && definition.Max is null:
                throw new FormatException("A range rule gives min, max or both.");
            case RuleKind.MaxLength when definition.MaxLength is not > 0:
                throw new FormatException("A maxLength rule gives a positive maxLength.");
            case RuleKind.Check:
                Check = DeclarationChecks.Find(definition.Check ?? "") ?? throw new FormatException($"Unknown check '{definition.Check}' ({string.Join(", ", DeclarationChecks.Names)}).");
                Check.Validate(this);
                break;
        }
    }

    public RuleDefinition Definition { get; }

    /// <summary>The position in the file: findings at the same place keep this order.</summary>
    public int Order { get; }

    public string Code => Definition.Code;

    public RuleKind Kind => Definition.Kind;

    public ValidationSeverity Severity => Definition.Severity;

    public IReadOnlyList<JsonPath> Paths { get; }

    public IReadOnlyList<RuleCondition> Conditions { get; }

    public ValueFormat? Format { get; }

    public Regex? Pattern { get; }

    public IDeclarationCheck? Check { get; }

    public bool AppliesTo(string? family, string? declarationType) =>
        (Definition.Families is not { } families || (family is not null && families.Contains(family, StringComparer.Ordinal)))
        && (Definition.DeclarationTypes is not { } types || (declarationType is not null && types.Contains(declarationType, StringComparer.Ordinal)));

    public bool ConditionsHold(JsonNode root, JsonPath target) => Conditions.All(c => c.Holds(root, target));
}
