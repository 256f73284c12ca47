namespace TakeUp.Rules.Binding.Nodes;

/// <summary>Sum of a member's gross taxable (or net monthly) income of an income year, over some kinds or all.</summary>
internal sealed class BoundIncome(BoundMember member, BoundExpression year, int[]? kinds, bool net, Scope scope)
    : BoundExpression(BoundType.Number, scope)
{
    public BoundMember Member { get; } = member;
    public BoundExpression Year { get; } = year;
    public int[]? Kinds { get; } = kinds;
    public bool Net { get; } = net;
}
