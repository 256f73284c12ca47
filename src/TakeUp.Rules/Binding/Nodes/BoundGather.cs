namespace TakeUp.Rules.Binding.Nodes;

/// <summary>
/// A value computed once per person and read for each (beneficiary, member) pair, through the member (Via
/// Iterated) or the beneficiary (Via Beneficiary). Made by the hoisting pass, never by the binder: inside
/// an aggregate of a person-level right, most of what is said of the member depends on the member only.
/// </summary>
internal sealed class BoundGather(BoundExpression inner, MemberRole via) : BoundExpression(inner.Type, Scope.Pair)
{
    public BoundExpression Inner { get; } = inner;

    public MemberRole Via { get; } = via;
}
