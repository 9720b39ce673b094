using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>What a mapping writes for: the message type, values that are not in the declaration, and the problems found.</summary>
internal sealed class WriteContext(string messageType)
{
    private readonly List<FormatProblem> _errors = [];

    public string MessageType { get; } = messageType;

    /// <summary>Values from the request rather than the declaration (invalidation reason, request time), by name.</summary>
    public Dictionary<string, string?> RequestValues { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<FormatProblem> Errors => _errors;

    public void Missing(string jsonPath, string element) =>
        _errors.Add(new FormatProblem(FormatProblemCodes.MissingData, $"{MessageType} needs {element}; the declaration has no value at {jsonPath}.", jsonPath));

    public void Invalid(string jsonPath, string message) =>
        _errors.Add(new FormatProblem(MappingProblemCodes.InvalidFormat, message, jsonPath));
}
