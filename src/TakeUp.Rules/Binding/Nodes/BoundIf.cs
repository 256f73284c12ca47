namespace TakeUp.Rules.Binding.Nodes;

internal sealed class BoundIf(BoundExpression condition, BoundExpression then, BoundExpression otherwise, Scope scope)
    : BoundExpression(then.Type, scope)
{
    public BoundExpression Condition { get; } = condition;
    public BoundExpression Then { get; } = then;
    public BoundExpression Else { get; } = otherwise;
}
