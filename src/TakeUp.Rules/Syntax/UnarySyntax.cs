namespace TakeUp.Rules.Syntax;

internal sealed record UnarySyntax(Token Operator, ExpressionSyntax Operand) : ExpressionSyntax(Operator.Offset);
