namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>The Polish tax identification number: ten digits, the last a mod-11 check digit.</summary>
internal static class Nip
{
    private static readonly int[] Weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];

    /// <summary>Removes the separators people type (dashes, spaces) and an optional PL prefix.</summary>
    public static string Normalize(string value)
    {
        var digits = value.Trim();
        if (digits.StartsWith("PL", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        return new string(digits.Where(c => c is not ('-' or ' ')).ToArray());
    }

    public static bool IsValid(string normalized)
    {
        if (normalized.Length != 10 || !normalized.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += Weights[i] * (normalized[i] - '0');
        }

        var check = sum % 11;
        return check != 10 && check == normalized[9] - '0';
    }
}
