using TakeUp.Imports.Validation;

namespace TakeUp.Imports.Snapshots;

/// <summary>
/// A record that cannot be applied: its own problems, or the problem of the household it belongs to
/// (<see cref="DependsOn"/>). Quarantine stores one row per problem with the raw record.
/// </summary>
internal sealed class BadRecord(string file, int line, string? householdId, IReadOnlyList<ImportProblem> problems)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string? HouseholdId { get; } = householdId;
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
    /// <summary>The record as written; filled in by a second read when it was not kept on the first.</summary>
    public string? Raw { get; set; }
}
