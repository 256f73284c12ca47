using TakeUp.Rules.Facts;

namespace TakeUp.Synthetic.Tests;

/// <summary>What every generated household must satisfy, checked on the shared sample of 100,000 persons.</summary>
public class StructureTests
{
    private static IReadOnlyList<Household> Households => SamplePopulation.Households;
    private static DateOnly Date => SamplePopulation.Date;

    [Fact]
    public void Every_household_has_exactly_one_reference_and_it_comes_first()
    {
        Assert.All(Households, h =>
        {
            Assert.Single(h.Members, m => m.Relation == Relation.Reference);
            Assert.Equal(Relation.Reference, h.Members[0].Relation);
        });
    }

    [Fact]
    public void Member_ids_are_unique_within_a_household()
    {
        Assert.All(Households, h => Assert.Equal(h.Members.Count, h.Members.Select(m => m.Id).Distinct().Count()));
    }

    [Fact]
    public void Household_ids_are_unique()
    {
        Assert.Equal(Households.Count, Households.Select(h => h.Id).Distinct().Count());
        Assert.Equal("h-000001", Households[0].Id);
    }

    [Fact]
    public void At_most_one_partner_and_only_partners_have_a_partner_kind()
    {
        Assert.All(Households, h =>
        {
            Assert.True(h.Members.Count(m => m.Relation == Relation.Partner) <= 1);
            Assert.All(h.Members, m => Assert.Equal(m.Relation == Relation.Partner, m.PartnerKind is not null));
        });
    }

    [Fact]
    public void Municipality_is_the_one_asked_for()
    {
        Assert.All(Households, h => Assert.Equal("44021", h.Municipality));
    }

    [Fact]
    public void No_status_period_ends_before_it_starts()
    {
        foreach (var s in SamplePopulation.Members.Where(m => m.Statuses is not null).SelectMany(m => m.Statuses!))
            Assert.True(s.Until is null || s.Until >= s.Since, $"{s.Status} {s.Since}–{s.Until}");
    }

    [Fact]
    public void Statuses_come_from_ksz_and_were_confirmed_before_the_reference_date()
    {
        foreach (var s in SamplePopulation.Members.Where(m => m.Statuses is not null).SelectMany(m => m.Statuses!))
        {
            Assert.Equal(FactSource.Ksz, s.Source);
            Assert.NotNull(s.AsOf);
            Assert.True(s.AsOf <= Date);
        }
    }

    [Fact]
    public void Dates_are_plausible_birth_dates_and_facts_are_never_from_the_future()
    {
        foreach (var h in Households)
        {
            foreach (var m in h.Members)
            {
                if (m.BirthDate.Value is { } birth)
                {
                    Assert.InRange(Ages.On(birth, Date), 0, 100);
                    if (m.Statuses is not null) Assert.All(m.Statuses, s => Assert.True(s.Since >= birth));
                }
                Assert.True(m.BirthDate.AsOf is null || m.BirthDate.AsOf <= Date);
                Assert.True(m.RegisteredAtAddress.AsOf <= Date);
                if (m.Incomes is not null) Assert.All(m.Incomes, i => Assert.True(i.AsOf <= Date && i.Year <= Date.Year));
            }
            Assert.True(h.Housing.WaitingListSince.Value is null || h.Housing.WaitingListSince.Value <= Date);
            Assert.True(h.Housing.Tenure.AsOf is null || h.Housing.Tenure.AsOf <= Date);
        }
    }

    [Fact]
    public void Children_are_younger_than_the_reference_by_at_least_fifteen_years()
    {
        foreach (var h in Households)
        {
            if (h.Members[0].BirthDate.Value is not { } parent) continue;
            foreach (var child in h.Members.Where(m => m.Relation == Relation.Child && m.BirthDate.IsKnown))
                Assert.True(Ages.On(parent, Date) - Ages.On(child.BirthDate.Value!.Value, Date) >= 15, h.Id);
        }
    }

    [Fact]
    public void Tax_incomes_carry_a_gross_amount_and_declared_ones_a_net_monthly_amount()
    {
        foreach (var i in SamplePopulation.Members.Where(m => m.Incomes is not null).SelectMany(m => m.Incomes!))
        {
            if (i.Source == FactSource.Tax)
            {
                Assert.True(i.GrossTaxable > 0);
                // The assessment of income year Y arrives from mid-June of Y+1, at the latest early in Y+2.
                Assert.InRange(i.AsOf!.Value, new DateOnly(i.Year + 1, 6, 1), new DateOnly(i.Year + 2, 1, 31));
            }
            else
            {
                Assert.Equal(FactSource.Declared, i.Source);
                Assert.True(i.NetMonthly > 0);
            }
        }
    }

    [Fact]
    public void Everyone_past_the_pension_age_with_fresh_statuses_is_a_pensioner()
    {
        // Pension age 66 on 2025-03-01; a pension starts on the first of the month after the birthday.
        foreach (var m in SamplePopulation.Members)
        {
            if (m.BirthDate.Value is not { } birth || Ages.On(birth, Date) < 66) continue;
            if (m.Statuses is not { Count: > 0 } statuses || statuses[0].AsOf < Date.AddYears(-1)) continue;
            if (statuses.Any(s => s.Status == StatusCode.LocalReception)) continue; // asylum seekers have no Belgian pension
            Assert.Contains(statuses, s => s.Status == StatusCode.Pensioner && s.Since <= Date.AddMonths(1));
        }
    }

    [Fact]
    public void Minimum_income_statuses_bring_vt_after_three_months()
    {
        int holders = 0, withVt = 0;
        foreach (var m in SamplePopulation.Members.Where(m => m.Statuses is { Count: > 0 }))
        {
            var s = m.Statuses!;
            bool automatic = s.Any(x => x.HoldsOn(Date) && (x.Status is StatusCode.Igo or StatusCode.Ivt
                || (x.Status == StatusCode.Leefloon && x.Since <= Date.AddMonths(-3))));
            if (!automatic) continue;
            holders++;
            if (s.Any(x => x.Status == StatusCode.Vt && x.HoldsOn(Date))) withVt++;
        }
        Assert.True(holders > 1_000);
        Assert.InRange(withVt / (double)holders, 0.93, 1.0);
    }

    [Fact]
    public void Rent_is_recorded_only_for_tenants_and_the_documented_contradiction()
    {
        foreach (var h in Households.Where(h => h.Housing.MonthlyRent.IsKnown && h.Housing.Tenure.IsKnown))
            Assert.Contains(h.Housing.Tenure.Value!.Value, new[] { Tenure.PrivateRent, Tenure.SocialRent, Tenure.Free });
    }
}
