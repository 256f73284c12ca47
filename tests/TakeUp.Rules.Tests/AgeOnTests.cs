using TakeUp.Rules.Evaluation;

namespace TakeUp.Rules.Tests;

/// <summary>AgeOn (the fused kernel's age on a fixed day) against Ops.Age, for every birth day within its span and around it.</summary>
public class AgeOnTests
{
    [Theory]
    [InlineData("2024-01-01")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-28")]
    [InlineData("2023-03-01")]
    [InlineData("2025-06-01")]
    [InlineData("2025-12-31")]
    [InlineData("2100-02-28")] // 2100 is not a leap year
    [InlineData("2100-03-01")]
    public void Age_on_a_fixed_day_equals_Ops_Age(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        long on = Value.Date(day);
        var cutoffs = AgeOn.Cutoffs(day);
        for (long birth = on - AgeOn.Span - 400; birth <= on + 400; birth++)
        {
            long expected = Ops.Age(birth, on), actual = AgeOn.Age(cutoffs, on, birth);
            if (expected != actual) Assert.Fail($"born {Value.ToDate(birth):yyyy-MM-dd}, on {date}: {actual / Value.Scale} instead of {expected / Value.Scale}");
        }
        Assert.Equal(Value.Unknown, AgeOn.Age(cutoffs, on, Value.Unknown));
    }
}
