namespace TakeUp.Imports;

public sealed record ImportOptions
{
    /// <summary>Apply the valid records and keep the bad ones in quarantined_records, instead of refusing the whole import.</summary>
    public bool Quarantine { get; init; }

    /// <summary>How many problems a report lists (all are counted).</summary>
    public int MaxProblems { get; init; } = Validation.ProblemList.DefaultLimit;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public IProgress<ImportProgress>? Progress { get; init; }
}
