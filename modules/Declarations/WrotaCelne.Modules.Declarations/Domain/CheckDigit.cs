namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>
/// The check digit of MRNs and GRNs (ISO 6346 style): letters count A=10, B=12 ... skipping
/// multiples of 11, digits their value; character i is weighted 2^i; the sum mod 11 (10 → 0).
/// </summary>
internal static class CheckDigit
{
    private static readonly int[] Letters = BuildLetters();

    /// <summary>The check digit of <paramref name="characters"/>, or null when one is not a digit or capital letter.</summary>
    public static int? Of(ReadOnlySpan<char> characters)
    {
        long sum = 0;
        for (var i = 0; i < characters.Length; i++)
        {
            var c = characters[i];
            int value;
            if (char.IsAsciiDigit(c))
            {
                value = c - '0';
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                value = Letters[c - 'A'];
            }
            else
            {
                return null;
            }

            sum += value * (1L << i);
        }

        var rest = (int)(sum % 11);
        return rest == 10 ? 0 : rest;
    }

    private static int[] BuildLetters()
    {
        var values = new int[26];
        var next = 10;
        for (var i = 0; i < values.Length; i++, next++)
        {
            if (next % 11 == 0)
            {
                next++;
            }

            values[i] = next;
        }

        return values;
    }
}
