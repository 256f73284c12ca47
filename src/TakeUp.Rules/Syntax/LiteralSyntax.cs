namespace TakeUp.Rules.Syntax;

/// <summary>A number, text, truth or date literal, as its token.</summary>
internal sealed record LiteralSyntax(Token Token) : ExpressionSyntax(Token.Offset);
