using TakeUp.Imports.Validation;

namespace TakeUp.Imports.Snapshots;

/// <summary>The problems of the record being read, before they are known to belong to a good or a bad record.</summary>
internal sealed class RecordProblems
{
    private readonly List<(string? Field, string Reason)> _items = [];

    public bool Any => _items.Count > 0;

    public void Add(string? field, string reason) => _items.Add((field, reason));

    public void Clear() => _items.Clear();

    public IReadOnlyList<ImportProblem> For(string file, int line) =>
        _items.Select(i => new ImportProblem(file, line, i.Field, i.Reason)).ToList();
}
