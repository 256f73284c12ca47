namespace TakeUp.Rules.Binding.Nodes;

internal sealed class BoundMemberFact(BoundMember member, MemberField field, BoundType type, Declarations.FactKind kind, Scope scope)
    : BoundExpression(type, scope)
{
    public BoundMember Member { get; } = member;
    public MemberField Field { get; } = field;
    public Declarations.FactKind Kind { get; } = kind;
}
