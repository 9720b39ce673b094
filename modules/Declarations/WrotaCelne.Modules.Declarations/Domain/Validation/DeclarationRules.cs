using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>
/// The validation rules of declarations, as data: <c>declaration-rules.json</c> embedded in the module (see
/// <see cref="RuleDefinition"/> for a rule's members). A schema or codelist change is a change of that file,
/// not of the engine.
/// </summary>
internal sealed class DeclarationRules
{
    private static readonly string[] KindMessageKeys = ["required", "forbidden", "format", "codelist", "codelistAttribute", "oneOf", "range", "maxLength"];

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private readonly IReadOnlyDictionary<string, Dictionary<string, string>> messages;

    private DeclarationRules(string version, IReadOnlyList<DeclarationRule> rules, IReadOnlyDictionary<string, Dictionary<string, string>> messages)
    {
        Version = version;
        Rules = rules;
        this.messages = messages;
    }

    public static DeclarationRules Default { get; } = Parse(EmbeddedFile.Read("declaration-rules.json"));

    public string Version { get; }

    public IReadOnlyList<DeclarationRule> Rules { get; }

    /// <summary>Reads a rules file; a rule that cannot work (unknown kind, format, check, bad path) is refused with its code.</summary>
    /// <exception cref="JsonException">The text is not a rules file.</exception>
    /// <exception cref="FormatException">A rule or message is not usable.</exception>
    public static DeclarationRules Parse(string json)
    {
        var document = JsonSerializer.Deserialize<RulesDocument>(json, Options) ?? throw new JsonException("The rules file is empty.");
        var required = KindMessageKeys.Concat(DeclarationChecks.All.SelectMany(c => c.MessageKeys));
        if (required.FirstOrDefault(key => !document.Messages.TryGetValue(key, out var texts) || !texts.ContainsKey(Localized.Fallback) || !texts.ContainsKey("en")) is { } missing)
        {
            throw new FormatException($"The rules file has no default message '{missing}' in pl and en.");
        }

        var rules = new List<DeclarationRule>(document.Rules.Count);
        foreach (var definition in document.Rules)
        {
            try
            {
                rules.Add(new DeclarationRule(definition, rules.Count));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new FormatException($"Rule {rules.Count + 1} ({definition.Code}): {e.Message}", e);
            }
        }

        return new DeclarationRules(document.Version, rules, document.Messages);
    }

    /// <summary>The first template found for <paramref name="keys"/>: the rule's own, then the defaults.</summary>
    public string Template(DeclarationRule rule, IReadOnlyList<string> keys, CultureInfo culture)
    {
        IReadOnlyDictionary<string, Dictionary<string, string>>?[] sources = [rule.Definition.Messages, messages];
        foreach (var source in sources)
        {
            foreach (var key in keys)
            {
                if (source is not null && source.TryGetValue(key, out var texts) && Localized.Pick(texts, culture) is { } template)
                {
                    return template;
                }
            }
        }

        throw new InvalidOperationException($"No message {string.Join(" or ", keys)} for rule {rule.Code}.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
