namespace TakeUp.Data.Register;

/// <summary>
/// A fact a social worker observed (at a home visit, at the desk, on the phone), kept beside the register's
/// facts rather than over them. Which one the rules use is decided by <see cref="FactPrecedence"/>; every
/// disagreement is recorded as a <see cref="FactConflict"/>.
/// </summary>
public sealed class ObservedFact
{
    public required string Municipality { get; set; }
    public long ObservationId { get; set; }
    /// <summary>"person" or "household".</summary>
    public required string SubjectKind { get; set; }
    public required string SubjectId { get; set; }
    /// <summary>The fact's field name as in the snapshot format ("monthly_rent", "registered_at_address"…).</summary>
    public required string Field { get; set; }
    /// <summary>The value in the snapshot format's text form; null means "observed to be unknown" is not allowed: an observation has a value.</summary>
    public required string Value { get; set; }
    public DateOnly ObservedOn { get; set; }
    /// <summary>"home-visit" or "worker".</summary>
    public required string Source { get; set; }
    public required string Worker { get; set; }
    public string? Note { get; set; }
    public DateTime RecordedAt { get; set; }
}
