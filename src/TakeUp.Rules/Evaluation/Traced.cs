namespace TakeUp.Rules.Evaluation;

/// <summary>A value and the trace it rests on, as the explainer computes them.</summary>
internal readonly record struct Traced(long Value, Trace Trace) : ITruth<Traced>
{
    public static Traced True => new(Evaluation.Value.True, Trace.Empty);
    public static Traced False => new(Evaluation.Value.False, Trace.Empty);

    public static Traced And(Traced a, Traced b)
    {
        var (value, trace) = Trace.Combine(true, [(a.Value, a.Trace), (b.Value, b.Trace)]);
        return new(value, trace);
    }
}
