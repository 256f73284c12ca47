namespace TakeUp.Data.Ledger;

/// <summary>
/// One event in the story of getting a right to a resident: append-only, never updated. Written by population
/// runs (identified, granted automatically, proposed, invited, facts asked, re-evaluated, end proposed) and by
/// people (decided, contacted, applied, refused by the citizen, ended…).
/// </summary>
public sealed class LedgerEntry
{
    public required string Municipality { get; set; }
    public long EntryId { get; set; }
    public required string BeneficiaryId { get; set; }
    public required string RightId { get; set; }
    public required string HouseholdId { get; set; }

    /// <summary>What happened (see <see cref="LedgerEvent"/>), in kebab case.</summary>
    public required string Event { get; set; }
    /// <summary>The stage the pair is in after this event.</summary>
    public required string StageAfter { get; set; }
    public DateOnly OccurredOn { get; set; }
    public DateTime RecordedAt { get; set; }

    /// <summary>"system" for runs, else the worker's (pseudonymous) account id.</summary>
    public required string Actor { get; set; }
    public long? RunId { get; set; }

    /// <summary>The evaluation this event rests on, when it comes from one.</summary>
    public string? Outcome { get; set; }
    public string? Action { get; set; }
    public decimal? Amount { get; set; }

    /// <summary>For contacts: "letter", "phone", "visit", "desk", "email", "sms".</summary>
    public string? Channel { get; set; }
    /// <summary>Why: a worker's reason for a decision, or what changed (facts, parameters, date) for a run.</summary>
    public string? Reason { get; set; }
    /// <summary>For "end-proposed": the date the right ends unless someone acts.</summary>
    public DateOnly? NoticeDate { get; set; }
}
