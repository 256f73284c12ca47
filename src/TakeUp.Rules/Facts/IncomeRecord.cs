namespace TakeUp.Rules.Facts;

/// <summary>An income of one kind for one income year. Either amount may be unknown.</summary>
public sealed record IncomeRecord(IncomeKind Kind, int Year, decimal? GrossTaxable = null, decimal? NetMonthly = null,
    FactSource? Source = null, DateOnly? AsOf = null);
