using TakeUp.Rules.Evaluation;

namespace TakeUp.Rules.Populations;

/// <summary>One fact for every row: its encoded value (Value.Unknown when unknown) and when it was confirmed (int.MinValue: not said).</summary>
internal sealed class FactColumn(int rows)
{
    public const int NoDate = int.MinValue;

    public long[] Values { get; } = new long[rows];

    public int[] AsOf { get; } = new int[rows];

    public void Set(int row, long value, DateOnly? asOf)
    {
        Values[row] = value;
        AsOf[row] = asOf?.DayNumber ?? NoDate;
    }

    public void Set<T>(int row, Facts.Fact<T> fact, Func<T, long> encode) where T : struct =>
        Set(row, fact.Value is { } v ? encode(v) : Value.Unknown, fact.AsOf);
}
