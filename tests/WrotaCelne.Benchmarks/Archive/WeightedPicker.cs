namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Picks an index from 0 to count - 1 with Zipf-like weights (index i weighs 1 / (i + 1)^exponent): a few values
/// are common and a long tail is rare, as with an agency's customers and offices.
/// </summary>
internal sealed class WeightedPicker
{
    private readonly double[] _cumulative;

    public WeightedPicker(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += 1 / Math.Pow(i + 1, exponent);
            _cumulative[i] = sum;
        }
    }

    public int Pick(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return Math.Min(index >= 0 ? index : ~index, _cumulative.Length - 1);
    }
}
