using TakeUp.Data.Ledger;
using TakeUp.Rules.Results;
using TakeUp.Runs.Ledger;
using TakeUp.Runs.Running;

namespace TakeUp.Runs.Tests;

public class StoredStatesTests
{
    private static StoredState State(string household) =>
        new(Stage.Identified, new Evaluation(Outcome.Eligible, RightAction.None, null, false), household, new DateOnly(2025, 6, 1), null, 1);

    [Fact]
    public void Finds_each_beneficiarys_rights_in_any_order_and_lists_the_rows_no_evaluation_reached()
    {
        var states = new StoredStates();
        states.Add("h1", "groeipakket", State("h1"));
        states.Add("h1-p1", "leefloon", State("h1"));
        states.Add("h2-p1", "leefloon", State("h2"));
        states.Add("h1-p1", "pro-deo", State("h1"));
        states.Add("h1-p1", "igo", State("h1"));

        int p1 = states.Of("h1-p1");
        int proDeo = states.Find(p1, "pro-deo");
        Assert.True(proDeo >= 0);
        Assert.Equal("h1", states[proDeo].HouseholdId);
        Assert.True(states.Find(p1, "igo") >= 0);
        Assert.True(states.Find(p1, "leefloon") >= 0);
        Assert.Equal(-1, states.Find(p1, "groeipakket"));
        Assert.Equal(-1, states.Find(states.Of("nobody"), "leefloon"));

        states.MarkEvaluated(proDeo);
        states.MarkEvaluated(states.Find(states.Of("h1"), "groeipakket"));
        Assert.Equal([("h1-p1", "leefloon"), ("h2-p1", "leefloon"), ("h1-p1", "igo")], states.NotEvaluated().Select(r => (r.Beneficiary, r.Right)));
    }
}
