using TakeUp.Rules.Facts;

namespace TakeUp.Synthetic.Tests;

/// <summary>The deliberate mess is there at Messiness 1, and gone at Messiness 0.</summary>
public class DataQualityTests
{
    private static DateOnly Date => SamplePopulation.Date;
    private static DateOnly YearAgo => Date.AddYears(-1);

    [Fact]
    public void A_clean_population_has_every_person_fact_known_and_fresh()
    {
        var clean = PopulationGenerator.Generate(new PopulationOptions { Seed = 4, Persons = 30_000, Messiness = 0 }).ToList();
        foreach (var m in clean.SelectMany(h => h.Members))
        {
            Assert.NotNull(m.Insz);
            Assert.True(m.BirthDate.IsKnown && m.Residence.IsKnown && m.Dependent.IsKnown);
            Assert.Equal(true, m.RegisteredAtAddress.Value);
            Assert.NotNull(m.Statuses);
            Assert.NotNull(m.Incomes);
            Assert.All(m.Statuses!, s => Assert.True(s.AsOf >= YearAgo));
            Assert.DoesNotContain(m.Incomes!, i => i.Source == FactSource.Declared && i.AsOf < YearAgo);
        }
        foreach (var h in clean)
        {
            Assert.True(h.Housing.Tenure.IsKnown);
            Assert.True(h.Housing.Tenure.AsOf >= YearAgo);
            Assert.True(h.Housing.HeatingFuel.IsKnown || h.Housing.Tenure.Value == Tenure.Homeless);
        }
    }

    [Fact]
    public void Some_statuses_are_stale_and_some_periods_ended_or_start_later()
    {
        var statuses = SamplePopulation.Members.Where(m => m.Statuses is { Count: > 0 }).ToList();
        double stale = statuses.Count(m => m.Statuses![0].AsOf < YearAgo) / (double)statuses.Count;
        Assert.InRange(stale, 0.04, 0.08);
        var all = statuses.SelectMany(m => m.Statuses!).ToList();
        Assert.Contains(all, s => s.Until < Date);
        Assert.Contains(all, s => s.Since > Date);
    }

    [Fact]
    public void Some_people_are_seen_only_at_a_home_visit()
    {
        var unregistered = SamplePopulation.Members.Where(m => m.RegisteredAtAddress.Value == false).ToList();
        double share = unregistered.Count / (double)SamplePopulation.Members.Count();
        Assert.InRange(share, 0.003, 0.015);
        Assert.All(unregistered, m => Assert.Equal(FactSource.HomeVisit, m.RegisteredAtAddress.Source));
    }

    [Fact]
    public void Some_single_parents_per_ksz_live_with_a_partner_seen_at_a_home_visit()
    {
        Assert.Contains(SamplePopulation.Households, h =>
            h.Members[0].Statuses?.Any(s => s.Status == StatusCode.SingleParent) == true
            && h.Members.Any(m => m.Relation == Relation.Partner && m.RegisteredAtAddress.Value == false));
    }

    [Fact]
    public void Housing_facts_are_sometimes_unknown_or_stale_and_some_tenants_wait_for_social_housing()
    {
        var households = SamplePopulation.Households;
        Assert.InRange(households.Count(h => !h.Housing.HeatingFuel.IsKnown) / (double)households.Count, 0.12, 0.18);
        Assert.InRange(households.Count(h => h.Housing.Tenure.AsOf < YearAgo) / (double)households.Count, 0.15, 0.25);
        Assert.InRange(households.Count(h => h.Housing.WaitingListSince.IsKnown) / (double)households.Count, 0.04, 0.08);
        Assert.Contains(households, h => h.Housing.HeatingFuel.Source == FactSource.HomeVisit);
    }

    [Fact]
    public void Tax_data_covers_two_years_ago_and_sometimes_last_year_and_some_declare_a_current_income()
    {
        var incomes = SamplePopulation.Members.Where(m => m.Incomes is not null).SelectMany(m => m.Incomes!).ToList();
        Assert.Contains(incomes, i => i.Source == FactSource.Tax && i.Year == Date.Year - 2);
        Assert.Contains(incomes, i => i.Source == FactSource.Declared && i.NetMonthly > 0 && i.Year == Date.Year);
    }

    [Fact]
    public void Messiness_two_is_messier_than_one()
    {
        static double UnknownIncomes(double messiness) =>
            PopulationGenerator.Generate(new PopulationOptions { Seed = 4, Persons = 20_000, Messiness = messiness })
                .SelectMany(h => h.Members).Count(m => m.Incomes is null) / 20_000.0;
        Assert.True(UnknownIncomes(2) > 1.6 * UnknownIncomes(1));
    }
}
