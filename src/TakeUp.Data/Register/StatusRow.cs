namespace TakeUp.Data.Register;

/// <summary>A social status a person holds over a period (both ends included; no end = still held).</summary>
public sealed class StatusRow
{
    public required string Municipality { get; set; }
    public required string PersonId { get; set; }
    /// <summary>Position in the person's list (0, 1, …): two records may share a code and date, e.g. two jobs in one year.</summary>
    public int Seq { get; set; }
    /// <summary>The contract's status code ("leefloon", "debt-mediation"…).</summary>
    public required string Status { get; set; }
    public DateOnly Since { get; set; }
    public DateOnly? Until { get; set; }
    public string? Source { get; set; }
    public DateOnly? AsOf { get; set; }
}
