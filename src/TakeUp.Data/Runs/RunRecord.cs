namespace TakeUp.Data.Runs;

/// <summary>
/// One completed population run: which date and catalog it evaluated, which households and what it changed.
/// A run is written in one transaction with its ledger entries, so a run that exists here is complete.
/// </summary>
public sealed class RunRecord
{
    public required string Municipality { get; set; }
    public long RunId { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>"be-vl@2026.11.0": the catalog and version evaluated.</summary>
    public required string Catalog { get; set; }
    /// <summary>"full" (every household) or "incremental" (only households with pending changes).</summary>
    public required string Scope { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime CompletedAt { get; set; }
    public int HouseholdsEvaluated { get; set; }
    public int PersonsEvaluated { get; set; }
    public int LedgerEntries { get; set; }
}
