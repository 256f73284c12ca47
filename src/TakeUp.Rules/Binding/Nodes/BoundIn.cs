namespace TakeUp.Rules.Binding.Nodes;

internal sealed class BoundIn(BoundExpression operand, long[] codes, Scope scope) : BoundExpression(BoundType.Truth, scope)
{
    public BoundExpression Operand { get; } = operand;
    public long[] Codes { get; } = codes;
}
