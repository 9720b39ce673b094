namespace WrotaCelne.BuildingBlocks;

/// <summary>Input that breaks one or more rules, each naming its field (camelCase, JSON style).</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(string field, string code, string message)
        : this([new FieldError(field, code, message)])
    {
    }

    public InvalidInputException(IReadOnlyList<FieldError> fieldErrors)
        : base("The input is invalid: " + string.Join("; ", fieldErrors.Select(e => e.Field + ": " + e.Message)))
    {
        FieldErrors = fieldErrors;
    }

    public IReadOnlyList<FieldError> FieldErrors { get; }

    /// <summary>Messages by field, as ProblemDetails' <c>errors</c> member carries them.</summary>
    public IReadOnlyDictionary<string, string[]> Errors =>
        FieldErrors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
}
