namespace TakeUp.Data.Ledger;

/// <summary>
/// Where a resident (or a household, for household rights) stands with one right now: the last evaluation and
/// the stage of the take-up story. The ledger's entries are the history; this row is their current sum, kept
/// so that worklists and dashboards read one row instead of a whole history. Rows exist only for pairs the
/// ledger has something to say about: never identified and not eligible means no row.
/// </summary>
public sealed class RightState
{
    public required string Municipality { get; set; }
    /// <summary>The person id for a person right, the household id for a household right.</summary>
    public required string BeneficiaryId { get; set; }
    public required string RightId { get; set; }
    public required string HouseholdId { get; set; }

    /// <summary>The last evaluation: outcome, action and amount in the contract's codes.</summary>
    public required string Outcome { get; set; }
    public required string Action { get; set; }
    public decimal? Amount { get; set; }
    public bool Doubtful { get; set; }
    public DateOnly EvaluatedOn { get; set; }
    public long EvaluatedInRun { get; set; }

    /// <summary>The stage of the take-up story (see <see cref="Stage"/>).</summary>
    public required string Stage { get; set; }
    public DateOnly StageSince { get; set; }
    /// <summary>For an "end-proposed" stage: the date the right ends unless a worker decides otherwise.</summary>
    public DateOnly? NoticeDate { get; set; }
    /// <summary>The last entry of this pair's history.</summary>
    public long LastEntryId { get; set; }
}
