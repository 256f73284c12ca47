namespace TakeUp.Rules.Syntax;

/// <summary>any/all/count/sum(m in collection where filter : body) over household members.</summary>
internal sealed record AggregateSyntax(
    Token Function, Token Variable, ExpressionSyntax Collection, ExpressionSyntax? Filter, ExpressionSyntax? Body)
    : ExpressionSyntax(Function.Offset);
