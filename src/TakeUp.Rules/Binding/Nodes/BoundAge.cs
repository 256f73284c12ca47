namespace TakeUp.Rules.Binding.Nodes;

/// <summary>Completed years of a member on a date (the evaluation date when On is null).</summary>
internal sealed class BoundAge(BoundMember member, BoundExpression? on, Scope scope) : BoundExpression(BoundType.Number, scope)
{
    public BoundMember Member { get; } = member;
    public BoundExpression? On { get; } = on;
}
