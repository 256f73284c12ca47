using TakeUp.Rules.Facts;

namespace TakeUp.Synthetic.Tests;

/// <summary>
/// The sample of 100,000 persons against the targets documented in docs/synthetic-population.md. Tolerances are
/// wide enough for sampling noise (a few standard errors) and narrow enough to catch a table that drifted.
/// </summary>
public class DistributionTests
{
    private static IReadOnlyList<Household> Households => SamplePopulation.Households;
    private static DateOnly Date => SamplePopulation.Date;

    private static List<(Member Member, int Age)> PeopleWithKnownAge() =>
        SamplePopulation.Members.Where(m => m.BirthDate.IsKnown).Select(m => (m, Ages.On(m.BirthDate.Value!.Value, Date))).ToList();

    private static bool Holds(Member m, StatusCode code) => m.Statuses?.Any(s => s.Status == code && s.HoldsOn(Date)) == true;

    [Theory]
    [InlineData(1, 0.35)]
    [InlineData(2, 0.32)]
    [InlineData(3, 0.15)]
    [InlineData(4, 0.12)]
    [InlineData(5, 0.06)] // 5 or more
    public void Household_sizes_follow_statbel(int size, double share)
    {
        double measured = Households.Count(h => size == 5 ? h.Members.Count >= 5 : h.Members.Count == size) / (double)Households.Count;
        Assert.InRange(measured, share - 0.015, share + 0.015);
    }

    [Fact]
    public void About_a_fifth_of_the_people_are_65_or_older_and_a_fifth_are_minors()
    {
        var people = PeopleWithKnownAge();
        Assert.InRange(people.Count(p => p.Age >= 65) / (double)people.Count, 0.195, 0.225);
        Assert.InRange(people.Count(p => p.Age < 18) / (double)people.Count, 0.19, 0.225);
    }

    [Fact]
    public void About_one_and_a_half_percent_of_adults_hold_leefloon()
    {
        var adults = PeopleWithKnownAge().Where(p => p.Age >= 18).ToList();
        Assert.InRange(adults.Count(p => Holds(p.Member, StatusCode.Leefloon)) / (double)adults.Count, 0.0115, 0.0185);
    }

    [Fact]
    public void About_five_percent_of_people_65_and_over_hold_igo()
    {
        var older = PeopleWithKnownAge().Where(p => p.Age >= 65).ToList();
        Assert.InRange(older.Count(p => Holds(p.Member, StatusCode.Igo)) / (double)older.Count, 0.04, 0.06);
    }

    [Fact]
    public void Vt_covers_fifteen_to_eighteen_percent_of_the_population()
    {
        var members = SamplePopulation.Members.ToList();
        Assert.InRange(members.Count(m => Holds(m, StatusCode.Vt)) / (double)members.Count, 0.15, 0.185);
    }

    [Fact]
    public void Incomes_are_unknown_for_about_nine_percent_of_adults()
    {
        // 8% not matched with the tax data, plus the adults whose INSZ is not known (no lookup possible).
        var adults = PeopleWithKnownAge().Where(p => p.Age >= 18).ToList();
        Assert.InRange(adults.Count(p => p.Member.Incomes is null) / (double)adults.Count, 0.08, 0.10);
    }

    [Fact]
    public void Tenure_follows_the_flemish_shares()
    {
        var known = Households.Where(h => h.Housing.Tenure.IsKnown).Select(h => h.Housing.Tenure.Value!.Value).ToList();
        double Share(Tenure t) => known.Count(x => x == t) / (double)known.Count;
        Assert.InRange(Share(Tenure.Owner), 0.67, 0.73);
        Assert.InRange(Share(Tenure.PrivateRent), 0.18, 0.23);
        Assert.InRange(Share(Tenure.SocialRent), 0.055, 0.085);
        Assert.InRange(Households.Count(h => !h.Housing.Tenure.IsKnown) / (double)Households.Count, 0.03, 0.05);
    }

    [Fact]
    public void Gas_and_heating_oil_dominate_heating()
    {
        var known = Households.Where(h => h.Housing.HeatingFuel.IsKnown).Select(h => h.Housing.HeatingFuel.Value!.Value).ToList();
        double Share(HeatingFuel f) => known.Count(x => x == f) / (double)known.Count;
        Assert.InRange(Share(HeatingFuel.Gas), 0.56, 0.64);
        Assert.InRange(Share(HeatingFuel.HeatingOil), 0.19, 0.25);
        Assert.InRange(Share(HeatingFuel.Electric), 0.07, 0.12);
    }

    [Fact]
    public void Most_people_are_belgian_and_every_residence_ground_occurs()
    {
        var known = SamplePopulation.Members.Where(m => m.Residence.IsKnown).Select(m => m.Residence.Value!.Value).ToList();
        Assert.InRange(known.Count(r => r == Residence.Belgian) / (double)known.Count, 0.85, 0.93);
        Assert.All(Enum.GetValues<Residence>(), r => Assert.Contains(r, known));
    }

    [Fact]
    public void Single_parent_households_are_about_eight_percent()
    {
        double share = Households.Count(h => h.Members.Any(m => m.Relation == Relation.Child)
            && h.Members.All(m => m.Relation != Relation.Partner || m.RegisteredAtAddress.Value == false)) / (double)Households.Count;
        Assert.InRange(share, 0.07, 0.10);
    }

    [Fact]
    public void Children_mostly_dependent_and_a_few_with_a_recognised_disability()
    {
        var minors = PeopleWithKnownAge().Where(p => p.Age < 18 && p.Member.Relation == Relation.Child).Select(p => p.Member).ToList();
        Assert.InRange(minors.Count(m => m.Dependent.Value == true) / (double)minors.Count, 0.9, 1.0);
        Assert.InRange(minors.Count(m => m.ZorgtoeslagPoints.IsKnown) / (double)minors.Count, 0.015, 0.035);
    }

    [Fact]
    public void Every_status_code_except_the_rarest_occurs()
    {
        var seen = SamplePopulation.Members.Where(m => m.Statuses is not null).SelectMany(m => m.Statuses!).Select(s => s.Status).ToHashSet();
        Assert.All(Enum.GetValues<StatusCode>(), code => Assert.Contains(code, seen));
    }
}
