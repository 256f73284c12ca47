namespace TakeUp.Rules.Binding.Nodes;

/// <summary>The member holds one of the statuses on a date, or (Months &gt; 0) over the Months full calendar months before it too.</summary>
internal sealed class BoundHolds(BoundMember member, int[] statuses, BoundExpression? on, int months, Scope scope)
    : BoundExpression(BoundType.Truth, scope)
{
    public BoundMember Member { get; } = member;
    public int[] Statuses { get; } = statuses;
    public BoundExpression? On { get; } = on;
    public int Months { get; } = months;
}
