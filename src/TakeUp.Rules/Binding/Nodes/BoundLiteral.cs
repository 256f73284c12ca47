namespace TakeUp.Rules.Binding.Nodes;

/// <summary>A constant, already in the engine's encoding (see Evaluation.Value).</summary>
internal sealed class BoundLiteral(long value, BoundType type, Scope scope) : BoundExpression(type, scope)
{
    public long Value { get; } = value;
}
