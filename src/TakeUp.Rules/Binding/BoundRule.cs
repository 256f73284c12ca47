using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Declarations;

namespace TakeUp.Rules.Binding;

/// <summary>A condition or ground with its bound expression.</summary>
internal sealed record BoundRule(RuleDeclaration Declaration, BoundExpression When)
{
    public bool AppliesOn(DateOnly date) =>
        (Declaration.ValidFrom is null || Declaration.ValidFrom <= date) && (Declaration.ValidUntil is null || date <= Declaration.ValidUntil);
}
