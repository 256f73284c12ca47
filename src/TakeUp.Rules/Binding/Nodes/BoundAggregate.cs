namespace TakeUp.Rules.Binding.Nodes;

internal enum AggregateKind { Any, All, Count, Sum }

internal enum Collection { Household, Family, Partners, Dependants }

/// <summary>
/// any/all/count/sum over the members of a collection. Filter and Body are bound in the inner scope
/// (Person inside a household expression, Pair inside a person expression).
/// </summary>
internal sealed class BoundAggregate(AggregateKind kind, Collection collection, BoundMember? of, BoundExpression? filter,
    BoundExpression? body, BoundType type, Scope scope) : BoundExpression(type, scope)
{
    public AggregateKind Kind { get; } = kind;
    public Collection Collection { get; } = collection;
    public BoundMember? Of { get; } = of;
    public BoundExpression? Filter { get; } = filter;
    public BoundExpression? Body { get; } = body;
    public Scope Inner => Scope == Scope.Household ? Scope.Person : Scope.Pair;
}
