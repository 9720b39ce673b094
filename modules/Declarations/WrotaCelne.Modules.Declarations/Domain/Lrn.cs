using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>Local reference number: the declarant's own id of a declaration, 1 to 22 characters.</summary>
internal static partial class Lrn
{
    public const int MaxLength = 22;

    public static bool IsValid(string value) => Format().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9/\-_.]{0,21}$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
