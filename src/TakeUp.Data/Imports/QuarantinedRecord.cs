namespace TakeUp.Data.Imports;

/// <summary>
/// A record an import did not apply, with where it was and why: kept so that nothing is silently dropped and
/// the sender can be asked to correct it.
/// </summary>
public sealed class QuarantinedRecord
{
    public required string Municipality { get; set; }
    public long ImportId { get; set; }
    public int Seq { get; set; }
    public required string File { get; set; }
    public int Line { get; set; }
    public string? Field { get; set; }
    public required string Reason { get; set; }
    public required string Raw { get; set; }
}
