using System.Runtime.CompilerServices;

namespace TakeUp.Rules.Evaluation;

/// <summary>
/// Ops.Age on one fixed day, without taking dates apart. Ops.Age counts the years from the birth date, less one
/// when the day's (month, day) comes before the birthday's; so the age on day D is n exactly for the births
/// after the last day of year Y−n−1 whose (month, day) is at most D's, up to that same day of year Y−n
/// (Y the year of D). Those days, one per year back, are Cutoffs. Days elapsed ÷ 365.25, rounded down, is the
/// age or one less, so one look at a cutoff gives the age. Births on or after D, more than
/// Years back, and unknown births go to Ops.Age.
/// </summary>
internal static class AgeOn
{
    /// <summary>How many years back the cutoffs reach (ages 0 to Years − 1 are looked up).</summary>
    public const int Years = 200;

    /// <summary>Births at most this many days before the day are looked up: their estimate stays below Years − 1.</summary>
    public const int Span = 365 * (Years - 2);

    /// <summary>cutoffs[n]: the last day of year Y − n whose (month, day) is at most the day's, as a day number.</summary>
    public static int[] Cutoffs(DateOnly day)
    {
        var cutoffs = new int[Years + 1];
        for (int n = 0; n <= Years; n++)
        {
            int year = day.Year - n;
            int dayOfMonth = Math.Min(day.Day, DateTime.DaysInMonth(year, day.Month)); // 29 February in a common year: the 28th
            cutoffs[n] = new DateOnly(year, day.Month, dayOfMonth).DayNumber;
        }
        return cutoffs;
    }

    /// <summary>Ops.Age(birth, day) for the day the cutoffs were made for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Age(int[] cutoffs, long day, long birth)
    {
        long elapsed = day - birth;
        if (birth == Value.Unknown || (ulong)(elapsed - 1) >= Span) return Ops.Age(birth, day);
        int n = (int)((int)elapsed * 4 / 1461);
        // Whole days elapsed never reach 365.25 × (age + 1) before the next birthday, and fall short of 365.25 × age
        // by a few days at most (the leap days 1900 and 2100 skip), so the estimate is the age or one less.
        if (birth <= cutoffs[n + 1]) n++;
        return n * Value.Scale;
    }
}
