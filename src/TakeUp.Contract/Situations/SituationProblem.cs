namespace TakeUp.Contract.Situations;

/// <summary>One thing wrong with a situation document: where (a JSON path such as $.household.members[1].insz) and what.</summary>
public sealed record SituationProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
