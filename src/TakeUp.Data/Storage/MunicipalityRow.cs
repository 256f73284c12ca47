namespace TakeUp.Data.Storage;

/// <summary>A municipality (OCMW) served by this instance, by its NIS code. Every other table carries this code.</summary>
public sealed class MunicipalityRow
{
    public required string Municipality { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
}
