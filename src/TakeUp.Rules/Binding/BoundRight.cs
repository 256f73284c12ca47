using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Declarations;

namespace TakeUp.Rules.Binding;

/// <summary>A right with every expression bound; Index is its place in evaluation order (after what it depends on).</summary>
internal sealed record BoundRight(
    RightDeclaration Declaration, IReadOnlyList<BoundRule> Conditions, IReadOnlyList<BoundRule> Grounds,
    BoundExpression? Amount, IReadOnlySet<string> Dependencies)
{
    public string Id => Declaration.Id;

    public Evaluation.RightPlan Plan { get; } = new(Declaration);

    public bool IsPersonLevel => Declaration.IsPersonLevel;

    public bool InForceOn(DateOnly date) =>
        (Declaration.ValidFrom is null || Declaration.ValidFrom <= date) && (Declaration.ValidUntil is null || date <= Declaration.ValidUntil);
}
