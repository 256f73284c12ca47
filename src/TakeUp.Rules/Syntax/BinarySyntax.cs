namespace TakeUp.Rules.Syntax;

internal sealed record BinarySyntax(ExpressionSyntax Left, Token Operator, ExpressionSyntax Right) : ExpressionSyntax(Left.Offset);
