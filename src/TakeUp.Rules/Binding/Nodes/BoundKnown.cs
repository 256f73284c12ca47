namespace TakeUp.Rules.Binding.Nodes;

internal sealed class BoundKnown(BoundExpression operand, Scope scope) : BoundExpression(BoundType.Truth, scope)
{
    public BoundExpression Operand { get; } = operand;
}
