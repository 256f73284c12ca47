using System.Numerics;

namespace TakeUp.Synthetic.Randomness;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018), written out here rather than taken from System.Random because
/// .NET documents that Random's algorithm may change between versions, and a seed must give the same
/// population on every machine and every runtime. Only integer operations and exactly rounded IEEE
/// operations are used, so the output does not depend on the CPU or the JIT.
/// A mutable struct on purpose: it lives on the stack of one household's generation and is passed by ref.
/// </summary>
internal struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>
    /// One independent stream per (seed, stream number). Every household draws from its own stream, so
    /// household i is the same whatever was asked before or after it (a 1,000-person run is a prefix of a
    /// 1,000,000-person run, apart from the truncated last household).
    /// </summary>
    public static Xoshiro256StarStar ForStream(ulong seed, ulong stream)
    {
        ulong state = SplitMix64.Mix(seed) ^ SplitMix64.Mix(stream ^ 0xD1B54A32D192ED03);
        var rng = new Xoshiro256StarStar
        {
            _s0 = SplitMix64.Next(ref state),
            _s1 = SplitMix64.Next(ref state),
            _s2 = SplitMix64.Next(ref state),
            _s3 = SplitMix64.Next(ref state),
        };
        // All-zero state would be a fixed point; SplitMix64 cannot give four zeros in a row, but be explicit.
        if ((rng._s0 | rng._s1 | rng._s2 | rng._s3) == 0) rng._s0 = 1;
        return rng;
    }

    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>
    /// Uniform in [0, n). Multiply-shift of the high 32 bits (Lemire) without the rejection step: the bias is
    /// below n / 2^32, far under anything a population statistic could show, and there is no loop.
    /// </summary>
    public int NextInt(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>Uniform in [min, max], both ends included.</summary>
    public int NextInt(int min, int max) => min + NextInt(max - min + 1);

    /// <summary>Uniform in [0, 1) with 53 random bits: an exact IEEE conversion, the same everywhere.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal by Marsaglia's polar method, with <see cref="DeterministicMath"/> for the log.</summary>
    public double NextNormal()
    {
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        // The second variate (v * factor) is dropped: keeping it would add state for a gain we do not need.
        return u * Math.Sqrt(-2 * DeterministicMath.Log(s) / s);
    }

    /// <summary>Lognormal given its median (e^mu) and sigma, the usual way incomes are modelled.</summary>
    public double NextLogNormal(double median, double sigma) => median * DeterministicMath.Exp(sigma * NextNormal());
}
