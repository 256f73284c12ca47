namespace TakeUp.Rules.Facts;

public sealed record Housing
{
    public Fact<Tenure> Tenure { get; init; }

    /// <summary>Social housing with collective gas or heating.</summary>
    public Fact<bool> CollectiveHeating { get; init; }

    public Fact<HeatingFuel> HeatingFuel { get; init; }

    public Fact<decimal> MonthlyRent { get; init; }

    public Fact<DateOnly> WaitingListSince { get; init; }
}
