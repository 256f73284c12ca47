namespace TakeUp.Rules.Evaluation;

/// <summary>
/// Every value of the rule language is one long, so that the single-household explainer and the column-by-
/// column population evaluator share one set of operations and cannot drift apart:
/// truths are 0 and 1; numbers are fixed-point with 4 decimals (exact sums of euro amounts, unlike double);
/// dates are day numbers; codes are the value set's index. long.MinValue is "unknown" for every type.
/// </summary>
internal static class Value
{
    public const long Unknown = long.MinValue;
    public const long False = 0;
    public const long True = 1;
    public const long Scale = 10_000;

    public static long Truth(bool value) => value ? True : False;

    public static long Number(decimal value) => (long)decimal.Round(value * Scale, MidpointRounding.AwayFromZero);

    public static long Number(int value) => value * Scale;

    public static decimal ToDecimal(long value) => (decimal)value / Scale;

    public static long Date(DateOnly date) => date.DayNumber;

    public static DateOnly ToDate(long value) => DateOnly.FromDayNumber((int)value);
}
