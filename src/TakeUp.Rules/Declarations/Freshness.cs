namespace TakeUp.Rules.Declarations;

public enum FreshnessUnit { Days, Months, Years }

/// <summary>How old a fact may be ("3 months"): a fact confirmed before date minus this limit is stale.</summary>
public sealed record Freshness(int Count, FreshnessUnit Unit)
{
    /// <summary>The earliest as_of that is still fresh on the given date.</summary>
    public DateOnly FreshSince(DateOnly date) => Unit switch
    {
        FreshnessUnit.Days => date.AddDays(-Count),
        FreshnessUnit.Months => date.AddMonths(-Count),
        _ => date.AddYears(-Count),
    };

    public override string ToString() => $"{Count} {Unit.ToString().ToLowerInvariant()}";
}
