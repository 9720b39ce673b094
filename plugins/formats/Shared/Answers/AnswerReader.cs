using System.Text.RegularExpressions;
using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Mapping;

namespace WrotaCelne.Plugins.Formats.Answers;

/// <summary>Reads a loaded answer through its <see cref="AnswerMap"/> into an <see cref="InboundNotification"/>.</summary>
internal static partial class AnswerReader
{
    /// <param name="locate">Turns an error pointer of the administration into a canonical JSON path, when the mapping knows it.</param>
    public static FormatResult<InboundNotification> Read(XElement root, AnswerMap map, Func<string?, string?> locate, IReadOnlyList<FormatProblem> warnings)
    {
        var missing = map.Required.Where(p => Value(root, p) is null)
            .Select(p => new FormatProblem(MappingProblemCodes.AnswerIncomplete, $"{map.MessageType} has no {p}, which this answer needs.", $"/{root.Name.LocalName}/{p}"))
            .ToArray();
        if (missing.Length > 0)
        {
            return FormatResult.Failure<InboundNotification>(missing, warnings);
        }

        var problems = new List<FormatProblem>(warnings);
        var notification = new InboundNotification(map.MessageType, map.Kind, Value(root, map.Lrn), Value(root, map.Mrn))
        {
            MessageIdentification = Value(root, HeaderMap.Identification),
            CorrelationIdentifier = Value(root, HeaderMap.Correlation),
            PreparedAt = Time(root, HeaderMap.PreparedAt, problems),
            DecisionAt = Time(root, map.DecisionAt, problems),
            Office = Value(root, map.Office),
            Accepted = Flag(root, map.Accepted, problems),
            Reason = Reason(Value(root, map.ReasonCode), Value(root, map.ReasonText)),
            Errors = map.Errors is null ? [] : Errors(root, map.Errors, locate),
            Control = map.Control is null ? null : Control(root, map.Control),
        };
        return FormatResult.Success(notification, problems);
    }

    private static string? Reason(string? code, string? text) => (code, text) switch
    {
        (null, null) => null,
        (null, _) => text,
        (_, null) => code,
        _ => $"{code}: {text}",
    };

    private static List<FunctionalError> Errors(XElement root, FunctionalErrorMap map, Func<string?, string?> locate) =>
        Find(root, map.Group).Select(e =>
        {
            var pointer = Value(e, map.Pointer);
            var reason = Value(e, map.Reason);
            return new FunctionalError(Value(e, map.Code) ?? string.Empty, pointer, reason)
            {
                Rule = reason is not null && RuleId().IsMatch(reason) ? reason : null,
                OriginalValue = Value(e, map.OriginalValue),
                FieldPath = locate(pointer),
            };
        }).ToList();

    private static ControlNotice? Control(XElement root, ControlMap map)
    {
        var controls = Find(root, map.ControlGroup).ToList();
        var code = controls.Select(c => Value(c, map.ControlType)).FirstOrDefault(v => v is not null) ?? Value(root, map.NotificationType);
        if (code is null)
        {
            return null;
        }

        var texts = controls.Select(c => Value(c, map.ControlText)).OfType<string>().ToList();
        return new ControlNotice(code, texts.Count == 0 ? null : string.Join("; ", texts))
        {
            RequestedDocuments = Find(root, map.DocumentGroup).Select(d => Value(d, map.DocumentType)).OfType<string>().ToList(),
        };
    }

    private static DateTimeOffset? Time(XElement root, string? path, List<FormatProblem> problems)
    {
        var text = Value(root, path);
        if (text is null)
        {
            return null;
        }

        var time = AdministrationTime.Read(text);
        if (time is null)
        {
            problems.Add(new FormatProblem(MappingProblemCodes.AnswerIncomplete, $"{path} holds \"{text}\", which is not a date or time; it is left out.", $"/{root.Name.LocalName}/{path}"));
        }

        return time;
    }

    private static bool? Flag(XElement root, string? path, List<FormatProblem> problems)
    {
        var text = Value(root, path);
        switch (text)
        {
            case null:
                return null;
            case "1" or "true":
                return true;
            case "0" or "false":
                return false;
            default:
                problems.Add(new FormatProblem(MappingProblemCodes.AnswerIncomplete, $"{path} holds \"{text}\", which is not a flag (1 or 0); it is left out.", $"/{root.Name.LocalName}/{path}"));
                return null;
        }
    }

    /// <summary>The trimmed text of the first element at <paramref name="path"/>; null when absent or empty.</summary>
    private static string? Value(XElement root, string? path)
    {
        if (path is null)
        {
            return null;
        }

        var element = Find(root, path).FirstOrDefault();
        return element is null || element.HasElements || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();
    }

    private static IEnumerable<XElement> Find(XElement root, string path)
    {
        IEnumerable<XElement> current = [root];
        foreach (var name in path.Split('/'))
        {
            current = current.SelectMany(e => e.Elements()).Where(e => e.Name.LocalName == name);
        }

        return current;
    }

    /// <summary>Rule and condition ids of the EU specifications: R0410, C0123, G0040, B1234, E1105.</summary>
    [GeneratedRegex("^[RCGBET][0-9]{3,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();
}
