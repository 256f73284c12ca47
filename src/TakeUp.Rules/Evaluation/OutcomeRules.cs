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
    public static (Outcome, RightAction) Decide(RightPlan plan, long result, int ground, bool doubtful)
    {
        if (result == Value.False) return (Outcome.NotEligible, RightAction.None);
        if (result == Value.Unknown) return (Outcome.Unknown, plan.UnknownAction);
        var outcome = plan.GroundHasJudgement[ground] ? Outcome.LikelyEligible : Outcome.Eligible;
        var action = plan.GroundAction[ground];
        if (action == RightAction.Grant && doubtful) action = RightAction.Propose;
        return (outcome, action);
    }

    /// <summary>How another right's result reads in entitled(): only a decided eligibility counts as true.</summary>
    public static long AsTruth(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => Value.True,
        Outcome.NotEligible => Value.False,
        _ => Value.Unknown,
    };

    /// <summary>An amount in the engine's encoding, rounded half away from zero to the cent.</summary>
    public static decimal ToCents(long amount) =>
        decimal.Round(Value.ToDecimal(amount), 2, MidpointRounding.AwayFromZero);
}
