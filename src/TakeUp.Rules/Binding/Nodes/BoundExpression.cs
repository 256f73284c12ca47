namespace TakeUp.Rules.Binding.Nodes;

/// <summary>
/// A node of a bound expression: names resolved, types checked, and the scope its rows stand for fixed.
/// Nodes are compared by identity: the population evaluator caches results per node.
/// </summary>
internal abstract class BoundExpression(BoundType type, Scope scope)
{
    public BoundType Type { get; } = type;

    public Scope Scope { get; } = scope;
}
