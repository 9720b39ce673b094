using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>The PUESC (e-Klient) identity of a company: 10 to 50 characters (idSISC in the SEAP schema).</summary>
internal static partial class Sisc
{
    public static bool IsValid(string value) => Format().IsMatch(value);

    [GeneratedRegex("^[A-Z0-9-]{10,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
