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
    public void Finds_each_beneficiarys_rights_and_lists_the_rows_no_evaluation_reached()
    {
        var states = new StoredStates();
        states.Add("h1", "groeipakket", State("h1"));
        states.Add("h1-p1", "leefloon", State("h1"));
        states.Add("h1-p1", "pro-deo", State("h1"));
        states.Add("h2-p1", "leefloon", State("h2"));

        var p1 = states.Of("h1-p1");
        Assert.Equal(2, p1.Count);
        int proDeo = states.Find(p1, "pro-deo");
        Assert.Equal("h1", states[proDeo].HouseholdId);
        Assert.Equal(-1, states.Find(p1, "groeipakket"));
        Assert.Equal(-1, states.Find(states.Of("nobody"), "leefloon"));

        states.MarkEvaluated(proDeo);
        states.MarkEvaluated(states.Find(states.Of("h1"), "groeipakket"));
        Assert.Equal([("h1-p1", "leefloon"), ("h2-p1", "leefloon")], states.NotEvaluated().Select(r => (r.Beneficiary, r.Right)));
    }

    [Fact]
    public void Refuses_a_beneficiary_whose_rows_do_not_come_together()
    {
        var states = new StoredStates();
        states.Add("h1-p1", "leefloon", State("h1"));
        states.Add("h1-p2", "leefloon", State("h1"));
        var error = Assert.Throws<InvalidOperationException>(() => states.Add("h1-p1", "pro-deo", State("h1")));
        Assert.Contains("h1-p1", error.Message);
    }
}
