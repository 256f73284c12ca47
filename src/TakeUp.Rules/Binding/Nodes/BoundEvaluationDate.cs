namespace TakeUp.Rules.Binding.Nodes;

internal sealed class BoundEvaluationDate(Scope scope) : BoundExpression(BoundType.Date, scope);
