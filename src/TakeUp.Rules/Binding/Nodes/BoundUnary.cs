namespace TakeUp.Rules.Binding.Nodes;

internal enum UnaryOperator { Not, Negate }

internal sealed class BoundUnary(UnaryOperator op, BoundExpression operand, Scope scope) : BoundExpression(operand.Type, scope)
{
    public UnaryOperator Operator { get; } = op;
    public BoundExpression Operand { get; } = operand;
}
