namespace TakeUp.Imports;

/// <summary>How far a long phase of an import has come: <see cref="Done"/> of <see cref="Total"/> (null when unknown) units.</summary>
public readonly record struct ImportProgress(string Phase, long Done, long? Total);
