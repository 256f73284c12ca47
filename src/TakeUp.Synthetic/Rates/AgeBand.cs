using TakeUp.Synthetic.Randomness;

namespace TakeUp.Synthetic.Rates;

/// <summary>
/// Completed years from <see cref="Min"/> to <see cref="Max"/>. Uniform inside the band, except that a
/// declining band (the oldest ages) takes the smaller of two uniform draws, a triangle falling towards
/// <see cref="Max"/>, because mortality thins each year of the band.
/// </summary>
internal readonly record struct AgeBand(int Min, int Max, bool Declining = false)
{
    public int Draw(ref Xoshiro256StarStar rng)
    {
        if (!Declining) return rng.NextInt(Min, Max);
        return Math.Min(rng.NextInt(Min, Max), rng.NextInt(Min, Max));
    }
}
