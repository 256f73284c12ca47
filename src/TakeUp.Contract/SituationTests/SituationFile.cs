namespace TakeUp.Contract.SituationTests;

/// <summary>A situation file: the right its situations are about, and the situations; or why it cannot be read.</summary>
public sealed record SituationFile(
    string Path,
    string? Right,
    int RightLine,
    IReadOnlyList<SituationCase> Cases,
    IReadOnlyList<SituationDifference> Problems);
