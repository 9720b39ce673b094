namespace WrotaCelne.Benchmarks.Hosting;

/// <summary>Valid, distinct NIPs (ten digits, mod-11 check digit) for the organizations the bench registers.</summary>
internal static class TestNip
{
    private static readonly int[] Weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
    private static int _seed;

    public static string Next()
    {
        while (true)
        {
            var body = "526" + Interlocked.Increment(ref _seed).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var check = body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11;
            if (check != 10)
            {
                return body + check;
            }
        }
    }
}
