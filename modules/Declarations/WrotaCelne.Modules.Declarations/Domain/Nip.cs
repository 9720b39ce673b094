namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>
/// The Polish tax identification number: ten digits, the last a mod-11 check digit (weights 6,5,7,2,3,4,5,6,7;
/// a remainder of 10 is never issued). The same algorithm as Accounts' NIP, which this module cannot reference.
/// </summary>
internal static class Nip
{
    public const int Length = 10;

    private static readonly int[] Weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];

    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != Length || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Weights[i] * (digits[i] - '0');
        }

        var check = sum % 11;
        return check != 10 && check == digits[9] - '0';
    }
}
