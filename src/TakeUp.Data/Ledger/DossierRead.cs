namespace TakeUp.Data.Ledger;

/// <summary>
/// One read of a resident's dossier (their ledger story): who read it, when, through what, and how much they saw.
/// Every read is recorded in the same transaction as the read itself, so there is no read without its record.
/// The record holds ids only (the resident's pseudonymous key, the reader's account), never what was read.
/// </summary>
public sealed class DossierRead
{
    public required string Municipality { get; set; }
    public long ReadId { get; set; }
    /// <summary>The person id (or household id, for household rights) whose story was read.</summary>
    public required string BeneficiaryId { get; set; }
    /// <summary>The one right read, or null for the whole story.</summary>
    public string? RightId { get; set; }
    /// <summary>The reader's (pseudonymous) account id.</summary>
    public required string Reader { get; set; }
    /// <summary>Where the read came from: "cli ledger" for the operators' command, later the dossier page.</summary>
    public required string Via { get; set; }
    public DateTime ReadAt { get; set; }
    /// <summary>How many ledger entries the reader was shown.</summary>
    public int Entries { get; set; }
}
