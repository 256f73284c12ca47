namespace TakeUp.Rules.Binding.Nodes;

internal enum BinaryOperator { And, Or, Add, Subtract, Multiply, Divide, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

internal sealed class BoundBinary(BinaryOperator op, BoundExpression left, BoundExpression right, BoundType type, Scope scope)
    : BoundExpression(type, scope)
{
    public BinaryOperator Operator { get; } = op;
    public BoundExpression Left { get; } = left;
    public BoundExpression Right { get; } = right;
}
