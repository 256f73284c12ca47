namespace TakeUp.Rules.Facts;

/// <summary>
/// A social status held over a period. It holds on a date when Since &lt;= date and (Until is absent or
/// date &lt;= Until): both ends are part of the period, as the contract says.
/// </summary>
public sealed record StatusRecord(StatusCode Status, DateOnly Since, DateOnly? Until = null,
    FactSource? Source = null, DateOnly? AsOf = null)
{
    public bool HoldsOn(DateOnly date) => Since <= date && (Until is null || date <= Until);
}
