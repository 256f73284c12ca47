namespace TakeUp.Rules.Syntax;

/// <summary>A token of a rule expression; Offset is its position in the expression text.</summary>
internal sealed record Token(TokenKind Kind, string Text, int Offset);
