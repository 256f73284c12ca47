namespace TakeUp.Rules.Binding.Nodes;

/// <summary>A person: the beneficiary, the reference person, or the iterated member.</summary>
internal sealed class BoundMember(MemberRole role, Scope scope) : BoundExpression(BoundType.Member, scope)
{
    public MemberRole Role { get; } = role;
}
