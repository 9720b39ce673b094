namespace WrotaCelne.BuildingBlocks;

/// <summary>Input that breaks a rule. <see cref="Errors"/> maps a field path (camelCase, JSON style) to messages.</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public InvalidInputException(IReadOnlyDictionary<string, string[]> errors)
        : base("The input is invalid: " + string.Join("; ", errors.Select(e => e.Key + ": " + string.Join(", ", e.Value))))
    {
        Errors = errors;
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
