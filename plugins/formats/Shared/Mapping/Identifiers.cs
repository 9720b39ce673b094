namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>Checks of identifiers the messages carry.</summary>
internal static class Identifiers
{
    /// <summary>An MRN: 18 characters, the last a check digit over the first 17 (ISO 6346 letter values, weights 2^i, mod 11, 10 → 0).</summary>
    public static bool IsValidMrn(string mrn)
    {
        if (mrn.Length != 18 || !mrn.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)) || !char.IsAsciiDigit(mrn[17]))
        {
            return false;
        }

        var sum = 0L;
        for (var i = 0; i < 17; i++)
        {
            sum += CharacterValue(mrn[i]) * (1L << i);
        }

        return (sum % 11 % 10) == mrn[17] - '0';
    }

    /// <summary>Digits keep their value; A is 10 and the letters count on skipping multiples of 11.</summary>
    private static int CharacterValue(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        var value = 10;
        for (var letter = 'A'; letter < c; letter++)
        {
            value++;
            if (value % 11 == 0)
            {
                value++;
            }
        }

        return value;
    }
}
