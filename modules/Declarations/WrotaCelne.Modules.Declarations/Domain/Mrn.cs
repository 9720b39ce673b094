using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>Movement reference number: 18 characters, the last a check digit over the first 17.</summary>
internal static partial class Mrn
{
    public static bool IsValid(string value) =>
        Format().IsMatch(value) && CheckDigit.Of(value.AsSpan(0, 17)) is { } digit && value[17] == (char)('0' + digit);

    [GeneratedRegex("^[0-9]{2}[A-Z]{2}[A-Z0-9]{13}[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
