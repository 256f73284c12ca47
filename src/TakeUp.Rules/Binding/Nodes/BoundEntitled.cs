namespace TakeUp.Rules.Binding.Nodes;

/// <summary>Another right's outcome as a truth. Member is null for household-level rights.</summary>
internal sealed class BoundEntitled(int right, BoundMember? member, Scope scope) : BoundExpression(BoundType.Truth, scope)
{
    /// <summary>The other right's place in evaluation order, set by the compiler after ordering.</summary>
    public int Right { get; set; } = right;

    public required string RightId { get; init; }

    public BoundMember? Member { get; } = member;
}
