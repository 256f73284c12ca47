using TakeUp.Synthetic.Randomness;

namespace TakeUp.Synthetic.Tests;

/// <summary>The generator's own exp and log agree with the platform's to within a few units in the last place.</summary>
public class DeterministicMathTests
{
    private static IEnumerable<double> Inputs(double min, double max)
    {
        ulong state = 12345;
        for (int i = 0; i < 20_000; i++)
        {
            double u = (SplitMix64.Next(ref state) >> 11) * (1.0 / (1UL << 53));
            yield return min + (max - min) * u;
        }
    }

    [Fact]
    public void Exp_matches_math_exp()
    {
        foreach (var x in Inputs(-40, 40).Append(0).Append(1).Append(-1).Append(0.5 * Math.Log(2)))
        {
            double expected = Math.Exp(x);
            Assert.True(Math.Abs(DeterministicMath.Exp(x) - expected) <= 4e-16 * expected, $"exp({x})");
        }
    }

    [Fact]
    public void Log_matches_math_log()
    {
        foreach (var x in Inputs(1e-12, 1).Concat(Inputs(1, 1e6)).Append(1).Append(2).Append(Math.Sqrt(2)))
        {
            double expected = Math.Log(x);
            Assert.True(Math.Abs(DeterministicMath.Log(x) - expected) <= 4e-16 * Math.Max(1, Math.Abs(expected)), $"log({x})");
        }
    }

    [Fact]
    public void Normal_draws_have_mean_zero_and_unit_variance()
    {
        var rng = Xoshiro256StarStar.ForStream(1, 1);
        double sum = 0, squares = 0;
        const int n = 200_000;
        for (int i = 0; i < n; i++)
        {
            double z = rng.NextNormal();
            sum += z;
            squares += z * z;
        }
        Assert.InRange(sum / n, -0.01, 0.01);
        Assert.InRange(squares / n, 0.98, 1.02);
    }
}
