using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>Guarantee reference number: 16 characters, a check digit, and optionally a letter and six digits.</summary>
internal static partial class Grn
{
    public static bool IsValid(string value)
    {
        if (!Format().IsMatch(value))
        {
            return false;
        }

        return CheckDigit.Of(value.AsSpan(0, 16)) is { } digit && value[16] == (char)('0' + digit);
    }

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}[A-Z0-9]{12}[0-9](?:[A-Z][0-9]{6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
