using System.Text.Json.Nodes;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>A cross-field check implemented in code; rules switch it on (<c>"kind": "check"</c>) and configure it.</summary>
internal interface IDeclarationCheck
{
    string Name { get; }

    /// <summary>The message keys its findings use; the rules file must hold a template for each.</summary>
    IReadOnlyList<string> MessageKeys { get; }

    /// <summary>Refuses a rule that lacks what the check needs (throws <see cref="FormatException"/>).</summary>
    void Validate(DeclarationRule rule);

    IEnumerable<CheckFinding> Run(JsonNode root, DeclarationRule rule);
}

/// <summary>What a check found: where, which message with which values, and a severity when not the rule's own.</summary>
internal sealed record CheckFinding(JsonPath Location, string MessageKey, IReadOnlyDictionary<string, object?> Arguments, ValidationSeverity? Severity = null);
