namespace TakeUp.Rules.Binding.Nodes;

internal sealed class BoundHouseholdSize(Scope scope) : BoundExpression(BoundType.Number, scope);
