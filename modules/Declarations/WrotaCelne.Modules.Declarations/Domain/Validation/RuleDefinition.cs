using System.Text.Json;
using System.Text.Json.Serialization;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>The rules file as written (<c>declaration-rules.json</c>): default message templates and the rules in order.</summary>
internal sealed record RulesDocument
{
    public required string Version { get; init; }

    public string? Comment { get; init; }

    /// <summary>Message templates by key (a rule kind, <c>format.eori</c>, a check's key) and language.</summary>
    public required Dictionary<string, Dictionary<string, string>> Messages { get; init; }

    public required List<RuleDefinition> Rules { get; init; }
}

/// <summary>One rule as written; which options apply depends on <see cref="Kind"/>.</summary>
internal sealed record RuleDefinition
{
    /// <summary>The stable code findings carry (<c>REQ-TRANSIT-DEPARTURE</c>, <c>FMT-EORI</c>, <c>R0410</c>).</summary>
    public required string Code { get; init; }

    public required RuleKind Kind { get; init; }

    /// <summary>Where the rule looks, a JSON path over the canonical JSON with <c>[*]</c> and <c>.*</c> wildcards.</summary>
    public string? Path { get; init; }

    /// <summary>Several paths checked the same way, instead of <see cref="Path"/>.</summary>
    public List<string>? Paths { get; init; }

    /// <summary>Only for these families (<c>transit</c>, <c>export</c>, <c>import</c>); all when absent.</summary>
    public List<string>? Families { get; init; }

    /// <summary>Only for these declaration types (<c>T1</c>, <c>EX</c>, ...); all when absent.</summary>
    public List<string>? DeclarationTypes { get; init; }

    public ValidationSeverity Severity { get; init; } = ValidationSeverity.Error;

    /// <summary>Conditions that must all hold; their wildcards bind to the indexes of the place checked.</summary>
    [JsonConverter(typeof(OneOrManyConverter<ConditionDefinition>))]
    public List<ConditionDefinition>? When { get; init; }

    /// <summary>Why the rule exists and how sure we are of it; not used by the engine.</summary>
    public string? Comment { get; init; }

    /// <summary>Format: a named format (eori, nip, lrn, hs, unlocode, currency, country, office, mrn, grn).</summary>
    public string? Format { get; init; }

    /// <summary>Format: a regular expression the whole value must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Codelist: the list name (<c>customs-offices</c>, <c>kinds-of-package</c>, ...).</summary>
    public string? List { get; init; }

    /// <summary>Codelist: an attribute of the entry (<c>roles</c>) that must hold <see cref="Value"/>.</summary>
    public string? Attribute { get; init; }

    public string? Value { get; init; }

    /// <summary>OneOf: the allowed values, compared as text.</summary>
    public List<string>? Values { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>Range: the value must be more than <see cref="Min"/>, not equal to it.</summary>
    public bool ExclusiveMin { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>Check: the name of the check implemented in code.</summary>
    public string? Check { get; init; }

    /// <summary>Check MASS-SUM: the path of the values summed.</summary>
    public string? SumOf { get; init; }

    /// <summary>Check MASS-SUM: the difference taken as rounding.</summary>
    public decimal? Tolerance { get; init; }

    /// <summary>Templates replacing the defaults for this rule, by the same keys.</summary>
    public Dictionary<string, Dictionary<string, string>>? Messages { get; init; }
}

/// <summary>A condition on another value; every test given must hold (values compared as text).</summary>
internal sealed record ConditionDefinition
{
    public required string Path { get; init; }

    [JsonPropertyName("equals")]
    public string? EqualTo { get; init; }

    public List<string>? In { get; init; }

    public List<string>? NotIn { get; init; }

    public bool? Present { get; init; }

    public bool? Absent { get; init; }

    /// <summary>A regular expression one of the values matches as a whole.</summary>
    public string? Matches { get; init; }
}

/// <summary>Reads a member written either as one object or as a list of them.</summary>
internal sealed class OneOrManyConverter<T> : JsonConverter<List<T>>
{
    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.StartArray
            ? JsonSerializer.Deserialize<List<T>>(ref reader, options)
            : [JsonSerializer.Deserialize<T>(ref reader, options) ?? throw new JsonException($"A {typeof(T).Name} must not be null.")];

    public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, value, options);
}
