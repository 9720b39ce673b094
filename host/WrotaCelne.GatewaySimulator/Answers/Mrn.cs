namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>
/// MRNs the simulator allocates: year (2), country (2), the office's six digits and a six-digit counter (12), the
/// procedure letter (transit by security, rule R0410: 1 → L, 2 → K, 3 → M, else J) and the check digit
/// (ISO 6346 values, letters skipping multiples of 11, character i weighted 2^i, sum mod 11, 10 → 0).
/// </summary>
internal static class Mrn
{
    private static long counter;

    public static string ForTransit(DateTimeOffset at, string country, string? departureOffice, string? security)
    {
        var office = new string((departureOffice ?? string.Empty).Where(char.IsAsciiDigit).ToArray()).PadLeft(6, '0')[^6..];
        var number = (Interlocked.Increment(ref counter) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var letter = security switch { "1" => 'L', "2" => 'K', "3" => 'M', _ => 'J' };
        var body = $"{at:yy}{country}{office}{number}{letter}";
        return body + CheckDigit(body);
    }

    public static int CheckDigit(string characters)
    {
        long sum = 0;
        for (var i = 0; i < characters.Length; i++)
        {
            sum += Value(characters[i]) * (1L << i);
        }

        var rest = (int)(sum % 11);
        return rest == 10 ? 0 : rest;
    }

    private static int Value(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        var value = 10;
        for (var letter = 'A'; letter < c; letter++)
        {
            value += value % 11 == 10 ? 2 : 1;
        }

        return value;
    }
}
