namespace TakeUp.Imports.Validation;

/// <summary>
/// The problems of one import: every one is counted, the first <see cref="Limit"/> are kept, so that a file
/// that is wrong on every line still gives a readable report and bounded memory.
/// </summary>
public sealed class ProblemList
{
    public const int DefaultLimit = 1000;

    private readonly List<ImportProblem> _kept = [];

    public ProblemList(int limit = DefaultLimit) => Limit = limit;

    public int Limit { get; }

    /// <summary>Every problem found, including those not kept.</summary>
    public int Count { get; private set; }

    public IReadOnlyList<ImportProblem> Kept => _kept;

    public bool Any => Count > 0;

    public ImportProblem Add(string file, int line, string? field, string reason)
    {
        var problem = new ImportProblem(file, line, field, reason);
        Add(problem);
        return problem;
    }

    public void Add(ImportProblem problem)
    {
        Count++;
        if (_kept.Count < Limit) _kept.Add(problem);
    }
}
