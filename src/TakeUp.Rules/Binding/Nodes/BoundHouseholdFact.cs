namespace TakeUp.Rules.Binding.Nodes;

internal sealed class BoundHouseholdFact(HouseholdField field, BoundType type, Scope scope) : BoundExpression(type, scope)
{
    public HouseholdField Field { get; } = field;
}
