using TakeUp.Rules.Evaluation;

namespace TakeUp.Rules.Populations;

/// <summary>A value and its flag bits (Flags), as the population evaluator computes them.</summary>
internal readonly record struct Flagged(long Value, byte Flags) : ITruth<Flagged>
{
    public static Flagged True => new(Evaluation.Value.True, 0);
    public static Flagged False => new(Evaluation.Value.False, 0);

    public static Flagged And(Flagged a, Flagged b)
    {
        long value = Kleene.And(a.Value, a.Flags, b.Value, b.Flags, out byte flags);
        return new(value, flags);
    }
}
