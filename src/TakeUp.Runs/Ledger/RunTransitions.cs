using TakeUp.Data.Ledger;
using TakeUp.Rules.Results;

namespace TakeUp.Runs.Ledger;

/// <summary>
/// What a population run writes in the ledger for one resident and right, given where the pair stood and the
/// new evaluation. The rules, in plain words:
/// <list type="bullet">
/// <item>Nothing changed: nothing is written.</item>
/// <item>First time eligible, likely or unknown: one entry saying what the right's action does about it
/// (granted automatically, proposed to a worker, invited to apply, facts asked), or "identified" when there is
/// nothing to do yet. The entry carries the outcome, so the identification is in it.</item>
/// <item>A granted right that is no longer eligible is never stopped silently: "end-proposed" with a notice
/// date, for a worker to confirm or correct.</item>
/// <item>An open proposal, invitation or question that is no longer eligible is "withdrawn".</item>
/// <item>A pair a person decided (a worker's grant or refusal, the citizen's refusal or application, an end)
/// keeps its stage: the run only records "re-evaluated", because a person's judgement wins.</item>
/// <item>Any other change is "re-evaluated", followed by the new action's event when it moves the pair on.</item>
/// </list>
/// </summary>
public static class RunTransitions
{
    public static IReadOnlyList<Step> Next(Stage? stage, Evaluation? before, Evaluation now, DateOnly date, int noticeDays)
    {
        if (stage is null)
            return now.IsIdentified ? Identify(now) : [];
        if (before == now) return [];

        switch (stage.Value)
        {
            case Stage.Refused or Stage.RefusedByCitizen or Stage.Ended or Stage.Applied:
                return [new Step(LedgerEvent.ReEvaluated, stage.Value)];

            case Stage.Granted:
                return now.IsIdentified
                    ? [new Step(LedgerEvent.ReEvaluated, Stage.Granted)]
                    : [new Step(LedgerEvent.EndProposed, Stage.EndProposed, date.AddDays(noticeDays))];

            case Stage.EndProposed:
                // Eligible again before the notice date: the end proposal lapses and the right stays granted.
                return [new Step(LedgerEvent.ReEvaluated, now.IsIdentified ? Stage.Granted : Stage.EndProposed)];

            case Stage.Withdrawn:
                return now.IsIdentified ? Identify(now) : [new Step(LedgerEvent.ReEvaluated, Stage.Withdrawn)];

            default: // Identified, Proposed, Invited, FactsAsked: open, nobody decided yet.
                if (!now.IsIdentified) return [new Step(LedgerEvent.Withdrawn, Stage.Withdrawn)];
                var next = StageFor(now.Action);
                if (next == stage.Value || next == Stage.Identified) return [new Step(LedgerEvent.ReEvaluated, stage.Value)];
                return [new Step(LedgerEvent.ReEvaluated, stage.Value), new Step(EventFor(now.Action), next)];
        }
    }

    /// <summary>The stage an action puts a newly identified pair in.</summary>
    public static Stage StageFor(RightAction action) => action switch
    {
        RightAction.Grant => Stage.Granted,
        RightAction.Propose => Stage.Proposed,
        RightAction.Invite => Stage.Invited,
        RightAction.Ask => Stage.FactsAsked,
        _ => Stage.Identified,
    };

    private static LedgerEvent EventFor(RightAction action) => action switch
    {
        RightAction.Grant => LedgerEvent.GrantedAutomatically,
        RightAction.Propose => LedgerEvent.Proposed,
        RightAction.Invite => LedgerEvent.Invited,
        _ => LedgerEvent.FactsAsked,
    };

    /// <summary>A first identification's one step: shared, read-only, since every newly identified pair needs one.</summary>
    private static IReadOnlyList<Step> Identify(Evaluation now) => FirstSteps[(int)now.Action];

    private static readonly Step[][] FirstSteps = FirstStepsByAction();

    private static Step[][] FirstStepsByAction()
    {
        var actions = Enum.GetValues<RightAction>();
        var steps = new Step[actions.Max(a => (int)a) + 1][];
        foreach (var action in actions)
        {
            var stage = StageFor(action);
            steps[(int)action] = [new Step(stage == Stage.Identified ? LedgerEvent.Identified : EventFor(action), stage)];
        }
        return steps;
    }
}
