namespace TakeUp.Synthetic.Randomness;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014). Used only to spread a seed and a stream number into the
/// state of <see cref="Xoshiro256StarStar"/>: xoshiro's authors recommend it because xoshiro must not
/// start from all-zero or correlated states, and two seeds that differ in one bit must give unrelated streams.
/// </summary>
internal static class SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    /// <summary>The SplitMix64 finaliser: a bijection on 64 bits with good avalanche.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    public static ulong Next(ref ulong state)
    {
        state += Gamma;
        return Mix(state);
    }
}
