using TakeUp.Rules.Declarations;
using TakeUp.Rules.Results;

namespace TakeUp.Rules.Evaluation;

/// <summary>What deciding a right's outcome needs, looked up once instead of per row.</summary>
internal sealed class RightPlan(RightDeclaration right)
{
    private static readonly FactKind[] Kinds = Enum.GetValues<FactKind>();

    public RightAction UnknownAction { get; } = right.UnknownAction;

    public RightAction[] GroundAction { get; } = right.Grounds.Select(g => g.Action!.Value).ToArray();

    public bool[] GroundHasJudgement { get; } = right.Grounds.Select(g => g.Judgement is not null).ToArray();

    /// <summary>Per kind of fact, the first day a fact's as_of is fresh on the date (int.MinValue: no limit).</summary>
    public int[] FreshSince(DateOnly date) =>
        Kinds.Select(k => right.Freshness.TryGetValue(k, out var f) ? f.FreshSince(date).DayNumber : int.MinValue).ToArray();
}
