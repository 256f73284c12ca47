namespace TakeUp.Data.Imports;

/// <summary>
/// One applied import of a data file (a snapshot or a mutations file). The file's SHA-256 makes imports
/// idempotent: a file already applied to a municipality is recognised and changes nothing.
/// </summary>
public sealed class ImportRecord
{
    public required string Municipality { get; set; }
    public long ImportId { get; set; }
    /// <summary>"snapshot" or "mutations".</summary>
    public required string Kind { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public DateTime AppliedAt { get; set; }
    public int Records { get; set; }
    public int Quarantined { get; set; }
    public int HouseholdsChanged { get; set; }
}
