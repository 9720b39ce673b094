namespace WrotaCelne.Benchmarks.Hosting;

/// <summary>Valid, distinct NIPs (ten digits, mod-11 check digit) for the organizations the bench registers.</summary>
internal static class TestNip
{
    private static readonly int[] Weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
    private static int _seed;

    /// <summary>A random valid NIP drawn from <paramref name="random"/> (reproducible for a seed).</summary>
    public static string Random(Random random)
    {
        while (true)
        {
            var body = random.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (CheckDigit(body) is { } check)
            {
                return body + check;
            }
        }
    }

    public static string Next()
    {
        while (true)
        {
            var body = "526" + Interlocked.Increment(ref _seed).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            if (CheckDigit(body) is { } check)
            {
                return body + check;
            }
        }
    }

    private static int? CheckDigit(string nineDigits)
    {
        var check = nineDigits.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11;
        return check == 10 ? null : check;
    }
}
