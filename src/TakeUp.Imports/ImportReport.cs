using TakeUp.Imports.Validation;

namespace TakeUp.Imports;

public enum ImportOutcome
{
    /// <summary>The import was applied (in quarantine mode, possibly with quarantined records).</summary>
    Applied,
    /// <summary>The same file was applied before: nothing changed.</summary>
    AlreadyApplied,
    /// <summary>Problems refused the import: nothing changed.</summary>
    Refused,
}

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record ImportReport
{
    public required ImportOutcome Outcome { get; init; }
    /// <summary>"snapshot" or "mutations".</summary>
    public required string Kind { get; init; }
    public required string Path { get; init; }
    /// <summary>The SHA-256 that identifies the file (a snapshot's manifest), when it could be read.</summary>
    public string? Sha256 { get; init; }
    /// <summary>The import's id: the new one, or the earlier one for <see cref="ImportOutcome.AlreadyApplied"/>.</summary>
    public long? ImportId { get; init; }
    public DateTime? PreviouslyAppliedAt { get; init; }
    /// <summary>Data records (rows, or operations) read.</summary>
    public long Records { get; init; }
    public int HouseholdsAdded { get; init; }
    public int HouseholdsModified { get; init; }
    public int HouseholdsRemoved { get; init; }
    public int HouseholdsChanged => HouseholdsAdded + HouseholdsModified + HouseholdsRemoved;
    /// <summary>Records stored in quarantined_records (each may have several problems).</summary>
    public int Quarantined { get; init; }
    /// <summary>fact_conflicts rows created: imported register values that contradict a worker's observation.</summary>
    public int Conflicts { get; init; }
    /// <summary>The first problems (at most the list's limit); <see cref="ProblemCount"/> counts them all.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];
    public int ProblemCount { get; init; }
    public TimeSpan Elapsed { get; init; }
}
