namespace TakeUp.Data.Register;

/// <summary>One kind of income of a person for one income year; either amount may be unknown.</summary>
public sealed class IncomeRow
{
    public required string Municipality { get; set; }
    public required string PersonId { get; set; }
    /// <summary>
    /// Position in the person's list of incomes (0, 1, …). The key is not (kind, year): the same kind and year
    /// may come from two sources (the tax assessment's gross and a declared net), or two jobs pay the same kind.
    /// </summary>
    public int Seq { get; set; }
    /// <summary>The contract's income kind ("employment", "replacement"…).</summary>
    public required string Kind { get; set; }
    public int Year { get; set; }
    public decimal? GrossTaxable { get; set; }
    public decimal? NetMonthly { get; set; }
    public string? Source { get; set; }
    public DateOnly? AsOf { get; set; }
}
