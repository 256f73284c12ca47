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
    /// What changed in this household, one item per line ("person P12: incomes", "new household"), as of the
    /// change numbered <see cref="ChangeNumber"/>. Pending while that number is above the municipality's
    /// <see cref="Storage.MunicipalityRow.ChangesEvaluated"/>: runs re-evaluate exactly the pending households
    /// and quote these lines as the cause of what changed. Once a run has seen them the lines stay, unread,
    /// until the household next changes, when they are replaced.
    /// </summary>
    public string? PendingChanges { get; set; }

    /// <summary>
    /// The municipality's change (an import or an observation, numbered by
    /// <see cref="Storage.MunicipalityRow.ChangesRecorded"/>) that last changed this household; 0 for never.
    /// </summary>
    public long ChangeNumber { get; set; }

    /// <summary>The import that last changed this household.</summary>
    public long? ChangedByImport { get; set; }
}
