namespace TakeUp.Rules.Syntax;

internal sealed record IfSyntax(Token If, ExpressionSyntax Condition, ExpressionSyntax Then, ExpressionSyntax Else) : ExpressionSyntax(If.Offset);
