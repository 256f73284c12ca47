namespace TakeUp.Synthetic.Randomness;

/// <summary>
/// exp and log from exactly rounded IEEE operations only (+, −, ×, ÷, sqrt, scaling by 2^k).
/// Math.Exp and Math.Log call the platform's C library, which may differ in the last bit between Windows,
/// glibc, musl and macOS. One bit is enough to move an income across a rounding or eligibility boundary
/// and change every later draw of that household, so the generator does not use them.
/// Accuracy is a few units in the last place, ample for sampling; the tests compare with Math.Exp/Log.
/// The .NET JIT never fuses a*b+c into one FMA on its own, so these polynomials round the same everywhere.
/// </summary>
internal static class DeterministicMath
{
    // ln 2 split in a high part with trailing zero bits (k * Ln2Hi is exact for |k| < 2^11) and a low part.
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double InvLn2 = 1.44269504088896338700e+00;
    private const double Sqrt2 = 1.41421356237309504880;

    public static double Exp(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x > 709) return double.PositiveInfinity;
        if (x < -745) return 0;

        // x = k ln2 + r with |r| <= ln2 / 2, so exp(x) = 2^k exp(r).
        double k = Math.Round(x * InvLn2);
        double r = (x - k * Ln2Hi) - k * Ln2Lo;

        // Taylor series of exp(r) to degree 14; the remainder is below 2^-60 for |r| <= 0.35.
        double p = 1.0 / 87178291200;
        p = p * r + 1.0 / 6227020800;
        p = p * r + 1.0 / 479001600;
        p = p * r + 1.0 / 39916800;
        p = p * r + 1.0 / 3628800;
        p = p * r + 1.0 / 362880;
        p = p * r + 1.0 / 40320;
        p = p * r + 1.0 / 5040;
        p = p * r + 1.0 / 720;
        p = p * r + 1.0 / 120;
        p = p * r + 1.0 / 24;
        p = p * r + 1.0 / 6;
        p = p * r + 0.5;
        p = p * r + 1.0;
        p = p * r + 1.0;
        return Math.ScaleB(p, (int)k);
    }

    /// <summary>Natural logarithm of a positive, finite, normal number.</summary>
    public static double Log(double x)
    {
        if (!(x > 0) || double.IsInfinity(x) || !double.IsNormal(x))
            throw new ArgumentOutOfRangeException(nameof(x), x, "Log is defined here for positive normal numbers only.");

        // x = m 2^e with m in [sqrt(1/2), sqrt(2)).
        long bits = BitConverter.DoubleToInt64Bits(x);
        int e = (int)((bits >> 52) & 0x7FF) - 1023;
        double m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000);
        if (m > Sqrt2)
        {
            m *= 0.5;
            e++;
        }

        // log m = 2 atanh(u) = 2 (u + u^3/3 + u^5/5 + …) with u = (m-1)/(m+1), |u| <= 0.1716.
        double u = (m - 1) / (m + 1);
        double u2 = u * u;
        double s = 1.0 / 27;
        s = s * u2 + 1.0 / 25;
        s = s * u2 + 1.0 / 23;
        s = s * u2 + 1.0 / 21;
        s = s * u2 + 1.0 / 19;
        s = s * u2 + 1.0 / 17;
        s = s * u2 + 1.0 / 15;
        s = s * u2 + 1.0 / 13;
        s = s * u2 + 1.0 / 11;
        s = s * u2 + 1.0 / 9;
        s = s * u2 + 1.0 / 7;
        s = s * u2 + 1.0 / 5;
        s = s * u2 + 1.0 / 3;
        double logM = 2 * u + 2 * u * u2 * s;
        return e * Ln2Hi + (logM + e * Ln2Lo);
    }
}
