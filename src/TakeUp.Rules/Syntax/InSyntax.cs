namespace TakeUp.Rules.Syntax;

/// <summary>x in ["a", "b"]: membership of a list of values written in place.</summary>
internal sealed record InSyntax(ExpressionSyntax Value, Token Operator, IReadOnlyList<Token> Items) : ExpressionSyntax(Value.Offset);
