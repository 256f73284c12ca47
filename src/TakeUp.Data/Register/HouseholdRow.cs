namespace TakeUp.Data.Register;

/// <summary>
/// A household as the registers last described it, with the housing facts the rules read. Every fact has its
/// source and the date it was true on (<c>as_of</c>); a null value is unknown, never "no".
/// </summary>
public sealed class HouseholdRow
{
    public required string Municipality { get; set; }
    public required string HouseholdId { get; set; }

    public string? Tenure { get; set; }
    public string? TenureSource { get; set; }
    public DateOnly? TenureAsOf { get; set; }

    public bool? CollectiveHeating { get; set; }
    public string? CollectiveHeatingSource { get; set; }
    public DateOnly? CollectiveHeatingAsOf { get; set; }

    public string? HeatingFuel { get; set; }
    public string? HeatingFuelSource { get; set; }
    public DateOnly? HeatingFuelAsOf { get; set; }

    public decimal? MonthlyRent { get; set; }
    public string? MonthlyRentSource { get; set; }
    public DateOnly? MonthlyRentAsOf { get; set; }

    public DateOnly? WaitingListSince { get; set; }
    public string? WaitingListSinceSource { get; set; }
    public DateOnly? WaitingListSinceAsOf { get; set; }

    /// <summary>
    /// What changed in this household since its last evaluation, one item per line ("person P12: incomes",
    /// "new household"); null when the last run saw its current facts. Runs re-evaluate exactly these
    /// households and quote these lines as the cause of what changed.
    /// </summary>
    public string? PendingChanges { get; set; }

    /// <summary>The import that last changed this household.</summary>
    public long? ChangedByImport { get; set; }
}
