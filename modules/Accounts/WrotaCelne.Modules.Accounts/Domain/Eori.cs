using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>Economic Operators Registration and Identification number: ISO country code and up to 15 characters.</summary>
internal static partial class Eori
{
    public static bool IsValid(string value) => Format().IsMatch(value);

    /// <summary>The Polish EORI derived from a NIP: PL + NIP + 00000.</summary>
    public static string SuggestPolish(string nip) => "PL" + nip + "00000";

    [GeneratedRegex("^[A-Z]{2}[A-Z0-9]{1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
