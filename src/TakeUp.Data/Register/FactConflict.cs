namespace TakeUp.Data.Register;

/// <summary>
/// The register and a worker's observation disagree on a fact: both values, which one the rules use and by
/// which rule. Recorded when an import brings a register value that contradicts an observation, and when a
/// worker records an observation that contradicts the register.
/// </summary>
public sealed class FactConflict
{
    public required string Municipality { get; set; }
    public long ConflictId { get; set; }
    public required string SubjectKind { get; set; }
    public required string SubjectId { get; set; }
    public required string Field { get; set; }
    public string? RegisterValue { get; set; }
    public DateOnly? RegisterAsOf { get; set; }
    public required string ObservedValue { get; set; }
    public DateOnly ObservedOn { get; set; }
    /// <summary>"observed" or "register".</summary>
    public required string Winner { get; set; }
    /// <summary>Why that one wins, in plain words.</summary>
    public required string Rule { get; set; }
    public long? ImportId { get; set; }
    public DateTime DetectedAt { get; set; }
}
