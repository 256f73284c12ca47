namespace TakeUp.Contract.SituationTests;

/// <summary>All verdicts of a run, in file order and, within a file, in the order the situations are written.</summary>
public sealed record SituationTestReport(IReadOnlyList<SituationTestResult> Results)
{
    public int Passed => Results.Count(r => r.Passed);

    public int Failed => Results.Count(r => !r.Passed);
}
