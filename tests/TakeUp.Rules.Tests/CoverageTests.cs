using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Results;
using static TakeUp.Rules.Tests.ToyLaw.Toy;

namespace TakeUp.Rules.Tests;

/// <summary>"3 full consecutive months" over status periods, renewed decisions included.</summary>
public class CoverageTests
{
    private static bool Covers(params (string Since, string? Until)[] periods)
    {
        var since = periods.Select(p => D(p.Since).DayNumber).ToArray();
        var until = periods.Select(p => p.Until is null ? int.MaxValue : D(p.Until).DayNumber).ToArray();
        return Coverage.Covers(since, until, periods.Length, D("2025-03-01").DayNumber, D("2025-06-01").DayNumber);
    }

    [Fact]
    public void One_period_over_the_whole_span_covers_it() => Assert.True(Covers(("2025-01-01", null)));

    [Fact]
    public void A_renewal_starting_the_day_after_continues_the_period() =>
        Assert.True(Covers(("2025-04-01", null), ("2024-12-01", "2025-03-31")));

    [Fact]
    public void A_gap_of_one_day_breaks_it() =>
        Assert.False(Covers(("2024-12-01", "2025-03-30"), ("2025-04-01", null)));

    [Fact]
    public void A_period_ending_the_day_before_the_end_does_not_cover() =>
        Assert.False(Covers(("2025-01-01", "2025-05-31")));

    [Fact]
    public void Starting_a_day_late_does_not_cover() => Assert.False(Covers(("2025-03-02", null)));

    [Fact]
    public void Held_months_counts_a_renewed_decision_and_a_stale_part_only_doubts()
    {
        // Leefloon decided until 2024-03-31 and renewed from 2024-04-01: three full months before June.
        var renewed = House(Adult("a") with
        {
            Statuses = [Status(StatusCode.Leefloon, "2024-01-15", "2024-05-30", until: "2024-03-31"), Status(StatusCode.Leefloon, "2024-04-01", "2024-05-30")],
            RegisteredAtAddress = true,
            AbroadDaysLastYear = 0,
        });
        var r = Result(renewed, "toy-everything", "a", "2024-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Grant), (r.Outcome, r.Action));
        Assert.Contains(r.Because, b => b.Facts.Contains("members[a].statuses[0]") && b.Facts.Contains("members[a].statuses[1]"));

        // The same with the first record confirmed too long ago (6 months for statuses): held, but proposed.
        var staleFirst = renewed with { Members = [renewed.Members[0] with { Statuses = [Status(StatusCode.Leefloon, "2024-01-15", "2023-11-30", until: "2024-03-31"), Status(StatusCode.Leefloon, "2024-04-01", "2024-05-30")] }] };
        var s = Result(staleFirst, "toy-everything", "a", "2024-06-01");
        Assert.Equal((Outcome.Eligible, RightAction.Propose), (s.Outcome, s.Action));
        Assert.Equal(["members[a].statuses[0]"], s.Stale.Select(x => x.Fact));
    }
}
