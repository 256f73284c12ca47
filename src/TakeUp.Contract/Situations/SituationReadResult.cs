namespace TakeUp.Contract.Situations;

/// <summary>A situation, or every problem that kept the document from being one. Never both.</summary>
public sealed record SituationReadResult(Situation? Situation, IReadOnlyList<SituationProblem> Problems)
{
    public bool Succeeded => Situation is not null;
}
