namespace WrotaCelne.BuildingBlocks;

/// <summary>Collects field errors while checking a command, then throws them together.</summary>
public sealed class InputErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public InputErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public InputErrors Require(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "This field is required.");
        }

        return value.Length > maxLength ? Add(field, $"At most {maxLength} characters are allowed.") : this;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new InvalidInputException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
