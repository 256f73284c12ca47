namespace TakeUp.Rules.Syntax;

/// <summary>A node of a parsed expression, before names and types are resolved. Offset points into the source text.</summary>
internal abstract record ExpressionSyntax(int Offset);
