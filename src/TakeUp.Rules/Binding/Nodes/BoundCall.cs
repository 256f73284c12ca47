namespace TakeUp.Rules.Binding.Nodes;

internal enum BuiltIn { Year, Month, MakeDate, StartOfYear, AddMonths, DaysBetween, Min, Max, Round }

/// <summary>A pure function of its arguments on dates and numbers.</summary>
internal sealed class BoundCall(BuiltIn function, BoundExpression[] arguments, BoundType type, Scope scope) : BoundExpression(type, scope)
{
    public BuiltIn Function { get; } = function;
    public BoundExpression[] Arguments { get; } = arguments;
}
