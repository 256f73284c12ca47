namespace TakeUp.Rules.Binding.Nodes;

/// <summary>A parameter's value on a date (the evaluation date when On is null).</summary>
internal sealed class BoundParameter(Compilation.Parameter parameter, BoundExpression? on, Scope scope) : BoundExpression(BoundType.Number, scope)
{
    public Compilation.Parameter Parameter { get; } = parameter;
    public BoundExpression? On { get; } = on;
}
