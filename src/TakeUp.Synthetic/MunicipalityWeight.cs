namespace TakeUp.Synthetic;

/// <summary>
/// A municipality (5-digit NIS code) and its relative weight, e.g. its number of households. The generator
/// draws each household's municipality in proportion to the weights.
/// </summary>
public sealed record MunicipalityWeight(string NisCode, double Weight);
