namespace TakeUp.Synthetic.Randomness;

/// <summary>
/// A categorical distribution. Weights are turned once into integer thresholds on a 2^32 scale, so a pick
/// is an integer comparison: no floating point in the hot path and nothing that could differ by platform.
/// Weights need not sum to 1: they are the shares as published (percentages, counts).
/// </summary>
internal sealed class WeightedTable<T>
{
    private readonly T[] _values;
    private readonly ulong[] _thresholds;

    public WeightedTable(params (T Value, double Weight)[] entries)
    {
        if (entries.Length == 0) throw new ArgumentException("A table needs at least one entry.", nameof(entries));
        double total = 0;
        foreach (var (_, weight) in entries)
        {
            if (!(weight >= 0) || double.IsInfinity(weight))
                throw new ArgumentException("Weights must be finite and non-negative.", nameof(entries));
            total += weight;
        }
        if (!(total > 0)) throw new ArgumentException("At least one weight must be positive.", nameof(entries));

        _values = new T[entries.Length];
        _thresholds = new ulong[entries.Length];
        double running = 0;
        for (int i = 0; i < entries.Length; i++)
        {
            running += entries[i].Weight;
            _values[i] = entries[i].Value;
            _thresholds[i] = (ulong)Math.Round(running / total * 4294967296.0);
        }
        _thresholds[^1] = 1UL << 32;
    }

    public T Pick(ref Xoshiro256StarStar rng)
    {
        ulong x = rng.NextUInt64() >> 32;
        var thresholds = _thresholds;
        for (int i = 0; i < thresholds.Length; i++)
        {
            if (x < thresholds[i]) return _values[i];
        }
        return _values[^1];
    }
}
