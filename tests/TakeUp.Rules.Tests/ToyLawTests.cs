using TakeUp.Rules.Facts;
using TakeUp.Rules.Results;
using TakeUp.Rules.Tests.ToyLaw;
using static TakeUp.Rules.Tests.ToyLaw.Toy;

namespace TakeUp.Rules.Tests;

/// <summary>The semantics of the language, exercised through the toy law's two rights.</summary>
public class ToyLawTests
{
    [Fact]
    public void Every_right_is_listed_for_every_beneficiary()
    {
        var house = House(Adult("a"), Adult("b", Relation.Partner), Adult("c", Relation.Child, "2015-01-01") with { Dependent = true });
        var results = Catalog.Evaluate(house, D("2024-06-01"), Language.En).Results;
        Assert.Equal(["toy-allowance/household", "toy-bonus/household", "toy-card/a", "toy-card/b", "toy-card/c", "toy-everything/a", "toy-everything/b", "toy-everything/c"], results.Select(r => $"{r.Right}/{r.Beneficiary}"));
    }

    [Fact]
    public void A_status_grants_automatically_and_says_which_fact()
    {
        var house = House(Adult("a") with { Statuses = [Status(StatusCode.Ivt, "2020-01-01"), Status(StatusCode.Leefloon, "2023-01-01", "2024-05-20")] });
        var r = Result(house, "toy-allowance", "household", "2024-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Grant), (r.Outcome, r.Action));
        Assert.Contains(r.Because, b => b.Facts.Contains("members[a].statuses[1]") && b.Legal == "Toy Act art. 2");
        Assert.Empty(r.Stale);
    }

    [Fact]
    public void A_stale_status_turns_grant_into_propose_and_is_reported()
    {
        var house = House(Adult("a") with { Statuses = [Status(StatusCode.Leefloon, "2023-01-01", "2024-02-29")] });
        var r = Result(house, "toy-allowance", "household", "2024-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Propose), (r.Outcome, r.Action));
        var stale = Assert.Single(r.Stale);
        Assert.Equal(("members[a].statuses[0]", D("2024-02-29"), 93), (stale.Fact, stale.AsOf, stale.AgeDays));
    }

    [Fact]
    public void Only_the_deciding_ground_counts_for_freshness()
    {
        // The stale status route decides (grant); the fresh income route holds too but would only invite.
        var house = House(Adult("a") with { Statuses = [Status(StatusCode.Leefloon, "2023-01-01", "2024-02-29")], Incomes = [Gross(2023, 100m, "2024-05-01")] });
        var r = Result(house, "toy-allowance", "household", "2024-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Propose), (r.Outcome, r.Action));
    }

    [Fact]
    public void One_fresh_deciding_fact_is_enough_even_beside_a_stale_one()
    {
        var house = House(
            Adult("a") with { Statuses = [Status(StatusCode.Leefloon, "2023-01-01", "2023-01-05")] },
            Adult("b", Relation.Partner) with { Statuses = [Status(StatusCode.Igo, "2023-01-01", "2024-05-30")] });
        var r = Result(house, "toy-allowance", "household", "2024-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Grant), (r.Outcome, r.Action));
    }

    [Theory]
    [InlineData("30800.00", Outcome.Eligible, RightAction.Invite)]
    [InlineData("30800.01", Outcome.NotEligible, RightAction.None)]
    public void The_income_ceiling_is_inclusive_to_the_cent(string income, Outcome outcome, RightAction action)
    {
        // 2024: 26,000 + 4,800 for the second member; income of the previous year (2023).
        var house = House(
            Adult("a") with { Incomes = [Gross(2023, decimal.Parse(income, System.Globalization.CultureInfo.InvariantCulture) - 10000m)] },
            Adult("b", Relation.Partner) with { Incomes = [Gross(2023, 6000m), Gross(2023, 4000m)] });
        var r = Result(house, "toy-allowance", "household", "2024-06-01");
        Assert.Equal((outcome, action), (r.Outcome, r.Action));
    }

    [Fact]
    public void A_missing_income_is_unknown_and_named()
    {
        var house = House(Adult("a") with { Incomes = [Gross(2023, 1000m)] }, Adult("b", Relation.Partner) with { Incomes = null });
        var r = Result(house, "toy-allowance", "household", "2024-06-01");
        Assert.Equal((Outcome.Unknown, RightAction.Ask), (r.Outcome, r.Action));
        Assert.Equal(["members[b].incomes"], r.Missing);
    }

    [Fact]
    public void Income_of_another_year_does_not_stand_in_for_the_year_asked()
    {
        var house = House(Adult("a") with { Incomes = [Gross(2021, 1000m)] });
        var r = Result(house, "toy-allowance", "household", "2024-06-01");
        Assert.Equal(Outcome.Unknown, r.Outcome);
        Assert.Equal(["members[a].incomes"], r.Missing);
    }

    [Fact]
    public void An_empty_income_list_is_known_zero()
    {
        var r = Result(House(Adult("a")), "toy-allowance", "household", "2024-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Invite), (r.Outcome, r.Action));
    }

    [Fact]
    public void A_decisive_false_wins_over_unknown_facts()
    {
        var child = Adult("c", Relation.Child, "2010-01-01") with { RegisteredAtAddress = Fact<bool>.Unknown, Statuses = null, Incomes = null };
        var r = Result(House(Adult("a"), child), "toy-card", "c", "2024-06-01");
        Assert.Equal((Outcome.NotEligible, RightAction.None), (r.Outcome, r.Action));
        var reason = Assert.Single(r.Because);
        Assert.Equal("Not met: Is an adult.", reason.Text);
        Assert.Equal(["members[c].birth_date"], reason.Facts);
    }

    [Fact]
    public void A_status_ending_the_day_before_no_longer_holds()
    {
        var house = House(Adult("a") with { Statuses = [Status(StatusCode.Leefloon, "2023-01-01", until: "2024-05-31")], Incomes = [Gross(2023, 90000m)] });
        Assert.Equal(Outcome.NotEligible, Result(house, "toy-allowance", "household", "2024-06-01").Outcome);
        Assert.Equal(Outcome.Eligible, Result(house, "toy-allowance", "household", "2024-05-31").Outcome);
    }

    [Fact]
    public void A_right_depends_on_another_and_its_amount_is_rounded_half_away_from_zero()
    {
        var house = House(
            Adult("a") with { Statuses = [Status(StatusCode.Leefloon, "2023-01-01")] },
            Adult("b", Relation.Partner),
            Adult("c", Relation.Child, "2015-01-01") with { Dependent = true },
            Adult("d", Relation.Unrelated, "1990-01-01") with { Dependent = false });
        var a = Result(house, "toy-card", "a", "2024-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Grant), (a.Outcome, a.Action));
        Assert.Equal(new Amount(300.02m, "EUR/month"), a.Amount); // 100.005 × 3 (a, b, c)
        var d = Result(house, "toy-card", "d", "2024-06-01");
        Assert.Equal(new Amount(100.01m, "EUR/month"), d.Amount); // alone in their family: 100.005 → 100.01
    }

    [Fact]
    public void An_unknown_dependent_makes_family_size_unknown()
    {
        var house = House(Adult("a") with { Statuses = [Status(StatusCode.Leefloon, "2023-01-01")] },
            Adult("c", Relation.Child, "2015-01-01"));
        var a = Result(house, "toy-card", "a", "2024-06-01");
        Assert.Equal(Outcome.Eligible, a.Outcome);
        Assert.Null(a.Amount);
    }

    [Fact]
    public void A_judgement_makes_the_result_likely_and_proposed()
    {
        var house = House(Adult("a") with { Statuses = [Status(StatusCode.DebtMediation, "2023-01-01")], Incomes = [Gross(2023, 90000m)] });
        var r = Result(house, "toy-card", "a", "2024-06-01");
        Assert.Equal((Outcome.LikelyEligible, RightAction.Propose), (r.Outcome, r.Action));
        Assert.Contains(r.Because, b => b.Text == "A social worker assesses: Can the person pay?");
    }

    [Fact]
    public void An_unverified_parameter_is_said_and_a_law_not_encoded_is_unknown()
    {
        var house = House(Adult("a"));
        var r2025 = Result(house, "toy-allowance", "household", "2025-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Invite), (r2025.Outcome, r2025.Action));
        Assert.Contains(r2025.Because, b => b.Text.Contains("ceiling.base") && b.Text.Contains("not yet confirmed"));
        var r2030 = Result(house, "toy-allowance", "household", "2030-06-01");
        // Nothing to ask the household: the ceiling from 2030 is not encoded, so a worker applies the rule.
        Assert.Equal((Outcome.Unknown, RightAction.Propose), (r2030.Outcome, r2030.Action));
        Assert.Empty(r2030.Missing);
        Assert.Contains(r2030.Because, b => b.Text == "The figure 'ceiling.base' for 2030-06-01 is not yet in TakeUp: a worker applies the rule by hand.");

        // With a fact missing as well, collecting it comes first.
        var unknownIncome = House(Adult("a") with { Incomes = null });
        var both = Result(unknownIncome, "toy-allowance", "household", "2030-06-01");
        Assert.Equal((Outcome.Unknown, RightAction.Ask), (both.Outcome, both.Action));
        Assert.Equal(["members[a].incomes"], both.Missing);
    }

    [Fact]
    public void A_right_before_it_exists_is_not_eligible()
    {
        var r = Result(House(Adult("a") with { Statuses = [Status(StatusCode.Leefloon, "2010-01-01")] }), "toy-card", "a", "2019-12-31");
        Assert.Equal((Outcome.NotEligible, RightAction.None), (r.Outcome, r.Action));
        Assert.Equal("This right does not exist on 2019-12-31.", Assert.Single(r.Because).Text);
    }

    [Fact]
    public void Explanations_come_in_the_language_asked()
    {
        var house = House(Adult("a", born: "2010-01-01"));
        Assert.Equal("Niet voldaan: Is volwassen.", Result(house, "toy-card", "a", "2024-06-01", Language.Nl).Because[0].Text);
        Assert.Equal("Condition non remplie : Est majeur.", Result(house, "toy-card", "a", "2024-06-01", Language.Fr).Because[0].Text);
    }

    [Fact]
    public void A_right_resting_on_a_likely_right_is_likely_and_proposed()
    {
        // toy-card is likely for a (debt mediation, a judgement): the bonus rests on it.
        var debt = House(Adult("a") with { Statuses = [Status(StatusCode.DebtMediation, "2023-01-01")], Incomes = [Gross(2023, 90000m)] });
        var bonus = Result(debt, "toy-bonus", "household", "2024-06-01");
        Assert.Equal((Outcome.LikelyEligible, RightAction.Propose), (bonus.Outcome, bonus.Action));
        Assert.Contains(bonus.Because, b => b.Text == "Depends on 'toy-card', which a social worker still has to assess.");
        Assert.Empty(bonus.Missing);
    }

    [Fact]
    public void A_certain_route_beside_a_likely_one_decides()
    {
        // b's card is certain (the household gets the allowance through a's IGO), a's is only likely too.
        var house = House(
            Adult("a") with { Statuses = [Status(StatusCode.DebtMediation, "2023-01-01"), Status(StatusCode.Igo, "2023-01-01")], Incomes = [Gross(2023, 90000m)] },
            Adult("b", Relation.Partner) with { Incomes = [Gross(2023, 0m)] });
        var bonus = Result(house, "toy-bonus", "household", "2024-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Grant), (bonus.Outcome, bonus.Action));
    }

    [Fact]
    public void A_ground_that_holds_for_certain_decides_before_an_earlier_judged_one()
    {
        // toy-everything lists 'all retired' (a judgement, propose) before 'low income' (invite): both hold.
        var retired = Adult("a", born: "1950-01-01") with
        {
            Statuses = [Status(StatusCode.Pensioner, "2015-01-01")],
            Incomes = [Gross(2023, 100m)],
            AbroadDaysLastYear = 0,
        };
        // The income ceiling is looked up 24 months back (2023-06-01), where the toy law has a value.
        var r = Result(House(retired), "toy-everything", "a", "2025-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Invite), (r.Outcome, r.Action));
    }

    [Fact]
    public void Dependants_are_the_dependent_members_of_the_family_and_not_the_partner()
    {
        // toy-everything's amount: round(card.monthly × (1 + dependants) − rent share / 3, 1 decimal).
        // a's dependants: c only (b is a partner, not a dependant; d is an unrelated member who is not
        // dependent, so outside a's family). 100.005 × (1 + 1) − 0 = 200.01 → 200.0.
        var house = House(
            Adult("a") with { Statuses = [Status(StatusCode.Leefloon, "2023-01-01")], AbroadDaysLastYear = 0 },
            Adult("b", Relation.Partner) with { Dependent = false },
            Adult("c", Relation.Child, "2015-01-01") with { Dependent = true },
            Adult("d", Relation.Unrelated, "1990-01-01") with { Dependent = false })
            with { Housing = new Housing { MonthlyRent = 0m } };
        var r = Result(house, "toy-everything", "a", "2024-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Grant), (r.Outcome, r.Action));
        Assert.Equal(new Amount(200.0m, "EUR/month"), r.Amount);
    }
}
