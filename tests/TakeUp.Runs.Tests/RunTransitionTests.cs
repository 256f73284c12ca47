using TakeUp.Data.Ledger;
using TakeUp.Rules.Results;
using TakeUp.Runs.Ledger;

namespace TakeUp.Runs.Tests;

public class RunTransitionTests
{
    private static readonly DateOnly Day = new(2026, 1, 1);
    private static readonly Evaluation Grant = new(Outcome.Eligible, RightAction.Grant, 120m, false);
    private static readonly Evaluation Propose = new(Outcome.LikelyEligible, RightAction.Propose, null, false);
    private static readonly Evaluation Ask = new(Outcome.Unknown, RightAction.Ask, null, false);
    private static readonly Evaluation No = new(Outcome.NotEligible, RightAction.None, null, false);

    private static IReadOnlyList<Step> Next(Stage? stage, Evaluation? before, Evaluation now) => RunTransitions.Next(stage, before, now, Day, 30);

    [Fact]
    public void A_first_identification_is_one_entry_saying_what_the_action_does()
    {
        Assert.Equal([new Step(LedgerEvent.GrantedAutomatically, Stage.Granted)], Next(null, null, Grant));
        Assert.Equal([new Step(LedgerEvent.Proposed, Stage.Proposed)], Next(null, null, Propose));
        Assert.Equal([new Step(LedgerEvent.FactsAsked, Stage.FactsAsked)], Next(null, null, Ask));
        Assert.Equal([new Step(LedgerEvent.Identified, Stage.Identified)], Next(null, null, Ask with { Action = RightAction.None }));
        Assert.Empty(Next(null, null, No));
    }

    [Fact]
    public void Nothing_changed_writes_nothing()
    {
        foreach (var stage in Enum.GetValues<Stage>())
            Assert.Empty(Next(stage, Grant, Grant));
    }

    [Fact]
    public void A_granted_right_that_would_end_is_proposed_for_ending_with_a_notice_date_never_stopped()
    {
        var steps = Next(Stage.Granted, Grant, No);
        Assert.Equal([new Step(LedgerEvent.EndProposed, Stage.EndProposed, Day.AddDays(30))], steps);
        Assert.Equal([new Step(LedgerEvent.ReEvaluated, Stage.Granted)], Next(Stage.Granted, Grant, Grant with { Amount = 130m }));
        Assert.Equal([new Step(LedgerEvent.ReEvaluated, Stage.Granted)], Next(Stage.EndProposed, No, Grant));
    }

    [Fact]
    public void What_a_person_decided_keeps_its_stage()
    {
        foreach (var stage in new[] { Stage.Refused, Stage.RefusedByCitizen, Stage.Ended, Stage.Applied })
        {
            Assert.Equal([new Step(LedgerEvent.ReEvaluated, stage)], Next(stage, No, Grant));
            Assert.Equal([new Step(LedgerEvent.ReEvaluated, stage)], Next(stage, Grant, No));
        }
    }

    [Fact]
    public void Open_pairs_are_withdrawn_when_no_longer_eligible_and_move_on_with_their_action()
    {
        Assert.Equal([new Step(LedgerEvent.Withdrawn, Stage.Withdrawn)], Next(Stage.Proposed, Propose, No));
        Assert.Equal([new Step(LedgerEvent.ReEvaluated, Stage.FactsAsked), new Step(LedgerEvent.GrantedAutomatically, Stage.Granted)],
            Next(Stage.FactsAsked, Ask, Grant));
        Assert.Equal([new Step(LedgerEvent.ReEvaluated, Stage.Proposed)], Next(Stage.Proposed, Propose, Propose with { Doubtful = true }));
        Assert.Equal([new Step(LedgerEvent.Proposed, Stage.Proposed)], Next(Stage.Withdrawn, No, Propose));
    }

    [Fact]
    public void People_record_only_what_fits_the_stage_and_never_a_runs_event()
    {
        Assert.Equal(Stage.Granted, PersonActions.Apply(LedgerEvent.DecidedGranted, Stage.Proposed).After);
        Assert.Equal(Stage.Refused, PersonActions.Apply(LedgerEvent.DecidedRefused, Stage.Proposed).After);
        Assert.Equal(Stage.Ended, PersonActions.Apply(LedgerEvent.Ended, Stage.EndProposed).After);
        Assert.Equal(Stage.Invited, PersonActions.Apply(LedgerEvent.Contacted, Stage.Invited).After);
        Assert.Contains("cannot follow stage 'granted'", PersonActions.Apply(LedgerEvent.DecidedRefused, Stage.Granted).Problem);
        Assert.Contains("written by population runs", PersonActions.Apply(LedgerEvent.GrantedAutomatically, Stage.Proposed).Problem);
        Assert.True(PersonActions.NeedsReason(LedgerEvent.DecidedRefused));
        Assert.False(PersonActions.NeedsReason(LedgerEvent.Contacted));
    }
}
