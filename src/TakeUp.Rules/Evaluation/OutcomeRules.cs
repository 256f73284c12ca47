using TakeUp.Rules.Results;

namespace TakeUp.Rules.Evaluation;

/// <summary>
/// From the truth of "conditions and grounds" to the contract's outcome and action; shared by both evaluators.
/// </summary>
internal static class OutcomeRules
{
    /// <param name="result">conditions and grounds, three-valued</param>
    /// <param name="ground">the first applicable ground that holds, or -1</param>
    /// <param name="doubtful">the result (or its amount) rests on a stale fact or an unverified parameter</param>
    /// <param name="judged">the result rests on another right that is only likely</param>
    /// <param name="lawGapOnly">the result is unknown because the law for the date is not encoded, and no fact is missing</param>
    public static (Outcome, RightAction) Decide(RightPlan plan, long result, int ground, bool doubtful, bool judged, bool lawGapOnly = false)
    {
        if (result == Value.False) return (Outcome.NotEligible, RightAction.None);
        // Nothing to ask the person when only the law is missing: a worker applies it by hand.
        if (result == Value.Unknown) return (Outcome.Unknown, lawGapOnly ? RightAction.Propose : plan.UnknownAction);
        var outcome = plan.GroundHasJudgement[ground] || judged ? Outcome.LikelyEligible : Outcome.Eligible;
        var action = plan.GroundAction[ground];
        if (action == RightAction.Grant && (doubtful || judged)) action = RightAction.Propose;
        return (outcome, action);
    }

    /// <summary>
    /// Which of the grounds that hold decides the action: the first that holds without resting on a judgement
    /// (its own or a likely right's), else the first that holds; -1 when none holds. A certain route should
    /// not be hidden behind one that still needs a worker.
    /// </summary>
    public static int DecidingGround(IReadOnlyList<(long Value, bool Judged)> grounds)
    {
        int first = -1;
        for (int g = 0; g < grounds.Count; g++)
        {
            if (grounds[g].Value != Value.True) continue;
            if (!grounds[g].Judged) return g;
            if (first < 0) first = g;
        }
        return first;
    }

    /// <summary>
    /// How another right's result reads in entitled(): eligible and likely-eligible are true (likely carries a
    /// judgement flag, so what depends on it is likely too), not-eligible is false, unknown stays unknown.
    /// </summary>
    public static long AsTruth(Outcome outcome) => outcome switch
    {
        Outcome.Eligible or Outcome.LikelyEligible => Value.True,
        Outcome.NotEligible => Value.False,
        _ => Value.Unknown,
    };

    /// <summary>An amount in the engine's encoding, rounded half away from zero to the cent.</summary>
    public static decimal ToCents(long amount) =>
        decimal.Round(Value.ToDecimal(amount), 2, MidpointRounding.AwayFromZero);
}
