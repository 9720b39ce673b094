namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>
/// MRNs the simulator allocates: year (2), country (2), the office's six digits and a six-digit counter (12), the
/// procedure letter (position 17) and the check digit (ISO 6346 values, letters skipping multiples of 11, character i
/// weighted 2^i, sum mod 11, 10 → 0).
/// </summary>
internal static class Mrn
{
    /// <summary>Import declaration only (the UCC's letter R; unverified for AIS/IMPORT PLUS, whose messages are not public).</summary>
    public const char ImportProcedure = 'R';

    private static long counter;

    public static string Allocate(DateTimeOffset at, string country, string? office, char procedure)
    {
        var digits = new string((office ?? string.Empty).Where(char.IsAsciiDigit).ToArray()).PadLeft(6, '0')[^6..];
        var number = (Interlocked.Increment(ref counter) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var body = $"{at:yy}{country}{digits}{number}{procedure}";
        return body + CheckDigit(body);
    }

    /// <summary>Transit by security, rule R0410: 1 → L, 2 → K, 3 → M, else J.</summary>
    public static char TransitProcedure(string? security) => security switch { "1" => 'L', "2" => 'K', "3" => 'M', _ => 'J' };

    /// <summary>Export: A (export only) without safety and security data, B (export and exit summary declaration) with them.</summary>
    public static char ExportProcedure(string? security) => security is null or "0" ? 'A' : 'B';

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
