using TakeUp.Rules.Syntax;

namespace TakeUp.Rules.Declarations;

internal sealed record AmountDeclaration(string Unit, string? Legal, ExpressionSource Value);
