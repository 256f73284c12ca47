namespace TakeUp.Rules.Syntax;

/// <summary>A function call such as holds(person, "ivt").</summary>
internal sealed record CallSyntax(Token Function, IReadOnlyList<ExpressionSyntax> Arguments) : ExpressionSyntax(Function.Offset);
