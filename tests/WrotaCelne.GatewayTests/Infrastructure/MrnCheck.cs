namespace WrotaCelne.GatewayTests.Infrastructure;

/// <summary>The MRN check digit written from DOMAIN.md, apart from the simulator's code.</summary>
internal static class MrnCheck
{
    public static int Digit(string characters)
    {
        const string letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int[] values = [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38];
        var sum = characters.Select((c, i) => (char.IsAsciiDigit(c) ? c - '0' : values[letters.IndexOf(c, StringComparison.Ordinal)]) * (1L << i)).Sum();
        return (int)(sum % 11) % 10;
    }

    /// <summary>18 characters of the form year, country, 12 characters, the procedure letter, and a check digit that fits.</summary>
    public static void Valid(string mrn, char procedure)
    {
        Assert.Matches(@"^\d{2}PL[A-Z0-9]{12}[A-Z]\d$", mrn);
        Assert.Equal(procedure, mrn[16]);
        Assert.Equal(Digit(mrn[..17]), mrn[17] - '0');
    }
}
