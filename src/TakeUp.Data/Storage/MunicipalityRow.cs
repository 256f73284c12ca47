namespace TakeUp.Data.Storage;

/// <summary>A municipality (OCMW) served by this instance, by its NIS code. Every other table carries this code.</summary>
public sealed class MunicipalityRow
{
    public required string Municipality { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// How many changes to the register (imports that changed households, observations) the municipality has had:
    /// each takes the next number and stamps it on the households it changes (<c>households.change_number</c>).
    /// </summary>
    public long ChangesRecorded { get; set; }

    /// <summary>
    /// The last change a population run has seen. Households changed after it are pending: the next run evaluates
    /// them and then moves this mark to <see cref="ChangesRecorded"/>, one row written however many households it
    /// saw (clearing every household's pending changes one by one took 4.3 s of a first run of 1M persons).
    /// </summary>
    public long ChangesEvaluated { get; set; }
}
