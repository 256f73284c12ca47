namespace TakeUp.Contract.SituationTests;

/// <summary>
/// The verdict on one situation (or on a whole file that could not be run: then Name says so).
/// Passed exactly when there are no differences.
/// </summary>
public sealed record SituationTestResult(string File, int Line, string Name, IReadOnlyList<SituationDifference> Differences)
{
    public bool Passed => Differences.Count == 0;
}
