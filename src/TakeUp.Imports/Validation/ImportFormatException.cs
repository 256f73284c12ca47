namespace TakeUp.Imports.Validation;

/// <summary>
/// A problem that makes the rest of a file unreadable (not UTF-8, a quote left open, a broken header): reading
/// stops there. It is reported like any other problem, and refuses the import even in quarantine mode.
/// </summary>
public sealed class ImportFormatException(ImportProblem problem) : Exception(problem.ToString())
{
    public ImportProblem Problem { get; } = problem;
}
