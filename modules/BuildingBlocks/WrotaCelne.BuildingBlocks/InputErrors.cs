using System.Globalization;

namespace WrotaCelne.BuildingBlocks;

/// <summary>Collects field errors while checking a command, then throws them together.</summary>
public sealed class InputErrors
{
    public const string RequiredCode = "required";
    public const string MaxLengthCode = "maxLength";

    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public InputErrors Add(FieldError error)
    {
        _errors.Add(error);
        return this;
    }

    public InputErrors Add(string field, string code, string message, params object[] arguments)
    {
        _errors.Add(new FieldError(field, code, string.Format(CultureInfo.InvariantCulture, message, arguments), arguments));
        return this;
    }

    public InputErrors Require(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, RequiredCode, "This field is required.");
        }

        return value.Length > maxLength ? Add(field, MaxLengthCode, "At most {0} characters are allowed.", maxLength) : this;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new InvalidInputException(_errors.ToList());
        }
    }
}
