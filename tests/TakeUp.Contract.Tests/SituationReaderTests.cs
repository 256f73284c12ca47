using System.Text;
using TakeUp.Contract.Situations;
using TakeUp.Rules.Facts;

namespace TakeUp.Contract.Tests;

public class SituationReaderTests
{
    private static Situation Read(string json)
    {
        var result = SituationReader.Read(json);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        return result.Situation!;
    }

    private static Member OnlyMember(string memberProperties) =>
        Assert.Single(Read($$"""{ "household": { "id": "h1", "members": [ { "id": "p1", "relation": "reference" {{memberProperties}} } ] } }""")
            .Household.Members);

    [Fact]
    public void The_four_contract_examples_read_without_a_problem()
    {
        var examples = RepositoryPaths.Examples();
        Assert.Equal(4, examples.Count);
        foreach (var example in examples)
        {
            var result = SituationReader.Read(File.ReadAllText(example));
            Assert.True(result.Succeeded, $"{example}:\n{string.Join("\n", result.Problems)}");
        }
    }

    [Fact]
    public void The_single_ivt_example_gives_its_facts()
    {
        var situation = Read(File.ReadAllText(RepositoryPaths.Example("01-single-ivt.json")));

        Assert.Equal(new DateOnly(2025, 3, 1), situation.Date);
        var household = situation.Household;
        Assert.Equal("h-001", household.Id);
        Assert.Equal("44021", household.Municipality);
        Assert.Equal(Tenure.PrivateRent, household.Housing.Tenure.Value);
        Assert.Equal(HeatingFuel.HeatingOil, household.Housing.HeatingFuel.Value);
        Assert.Equal(650m, household.Housing.MonthlyRent.Value);
        Assert.False(household.Housing.CollectiveHeating.IsKnown);

        var p1 = Assert.Single(household.Members);
        Assert.Equal("p1", p1.Id);
        Assert.Equal(Relation.Reference, p1.Relation);
        Assert.Equal("61041200175", p1.Insz);
        Assert.Equal(new DateOnly(1961, 4, 12), p1.BirthDate.Value);
        Assert.Equal(Residence.Belgian, p1.Residence.Value);
        Assert.True(p1.RegisteredAtAddress.Value);
        Assert.Equal(new StatusRecord(StatusCode.Ivt, new DateOnly(2019, 6, 1), null, FactSource.Ksz, new DateOnly(2025, 2, 20)),
            Assert.Single(p1.Statuses!));
        Assert.Equal(new IncomeRecord(IncomeKind.Replacement, 2023, 14250.00m, null, FactSource.Tax, new DateOnly(2024, 9, 30)),
            Assert.Single(p1.Incomes!));
        Assert.False(p1.Dependent.IsKnown);
        Assert.Null(p1.PartnerKind);
    }

    [Fact]
    public void A_fact_written_with_its_provenance_keeps_source_and_date()
    {
        var situation = Read(File.ReadAllText(RepositoryPaths.Example("02-family-leefloon.json")));
        var mother = situation.Household.Members[0];
        Assert.Equal(new Fact<bool>(true, FactSource.Register, new DateOnly(2025, 5, 10)), mother.RegisteredAtAddress);
        Assert.Equal(2, mother.Statuses!.Count);
        Assert.Empty(mother.Incomes!);
    }

    [Fact]
    public void A_bare_fact_has_no_provenance()
    {
        var member = OnlyMember(""", "dependent": true""");
        Assert.Equal(new Fact<bool>(true, null, null), member.Dependent);
    }

    [Fact]
    public void A_household_fact_can_carry_provenance()
    {
        var situation = Read(File.ReadAllText(RepositoryPaths.Example("03-couple-incomplete.json")));
        Assert.Equal(new Fact<HeatingFuel>(HeatingFuel.HeatingOil, FactSource.HomeVisit, new DateOnly(2024, 10, 3)),
            situation.Household.Housing.HeatingFuel);
        var b = situation.Household.Members[1];
        Assert.Equal(PartnerKind.Married, b.PartnerKind);
        Assert.Null(b.Statuses);
        Assert.Null(b.Incomes);
        Assert.Equal(new Fact<bool>(false, FactSource.HomeVisit, new DateOnly(2024, 10, 3)), situation.Household.Members[2].RegisteredAtAddress);
    }

    [Fact]
    public void Every_scalar_fact_accepts_the_provenance_form()
    {
        var situation = Read("""
            { "household": { "id": "h1",
                "municipality": { "value": "11002", "source": "register", "as_of": "2025-01-01" },
                "housing": {
                  "tenure": { "value": "owner", "source": "tax" },
                  "collective_heating": { "value": true, "source": "worker" },
                  "heating_fuel": { "value": "gas", "as_of": "2024-12-01" },
                  "monthly_rent": { "value": 410.5, "source": "declared" },
                  "waiting_list_since": { "value": "2022-05-01", "source": "other" } },
                "members": [ { "id": "p1", "relation": "reference",
                  "birth_date": { "value": "1980-02-29", "source": "register" },
                  "dependent": { "value": false, "source": "tax" },
                  "registered_at_address": { "value": true, "source": "register" },
                  "residence": { "value": "stateless", "source": "register" },
                  "abroad_days_last_year": { "value": 12, "source": "declared" },
                  "disability": {
                    "recognition_percent": { "value": 66, "source": "other" },
                    "pillar1_points": { "value": 9, "source": "other" },
                    "zorgtoeslag_points": { "value": 6, "source": "other" } } } ] } }
            """);
        var household = situation.Household;
        Assert.Equal("11002", household.Municipality);
        Assert.Equal(new Fact<Tenure>(Tenure.Owner, FactSource.Tax), household.Housing.Tenure);
        Assert.Equal(new Fact<bool>(true, FactSource.Worker), household.Housing.CollectiveHeating);
        Assert.Equal(new Fact<HeatingFuel>(HeatingFuel.Gas, null, new DateOnly(2024, 12, 1)), household.Housing.HeatingFuel);
        Assert.Equal(new Fact<decimal>(410.5m, FactSource.Declared), household.Housing.MonthlyRent);
        Assert.Equal(new Fact<DateOnly>(new DateOnly(2022, 5, 1), FactSource.Other), household.Housing.WaitingListSince);
        var member = household.Members[0];
        Assert.Equal(new Fact<DateOnly>(new DateOnly(1980, 2, 29), FactSource.Register), member.BirthDate);
        Assert.Equal(new Fact<bool>(false, FactSource.Tax), member.Dependent);
        Assert.Equal(new Fact<Residence>(Residence.Stateless, FactSource.Register), member.Residence);
        Assert.Equal(new Fact<int>(12, FactSource.Declared), member.AbroadDaysLastYear);
        Assert.Equal(new Fact<decimal>(66m, FactSource.Other), member.RecognitionPercent);
        Assert.Equal(new Fact<int>(9, FactSource.Other), member.Pillar1Points);
        Assert.Equal(new Fact<int>(6, FactSource.Other), member.ZorgtoeslagPoints);
    }

    [Fact]
    public void Absent_and_null_facts_are_unknown()
    {
        var absent = OnlyMember("");
        var nulls = OnlyMember(""", "birth_date": null, "dependent": null, "residence": null, "statuses": null, "incomes": null, "disability": null""");
        foreach (var member in new[] { absent, nulls })
        {
            Assert.False(member.BirthDate.IsKnown);
            Assert.False(member.Dependent.IsKnown);
            Assert.False(member.Residence.IsKnown);
            Assert.False(member.RecognitionPercent.IsKnown);
            Assert.Null(member.Statuses);
            Assert.Null(member.Incomes);
            Assert.Null(member.Insz);
        }
    }

    [Fact]
    public void An_empty_list_is_known_to_be_empty()
    {
        var member = OnlyMember(""", "statuses": [], "incomes": []""");
        Assert.NotNull(member.Statuses);
        Assert.Empty(member.Statuses);
        Assert.NotNull(member.Incomes);
        Assert.Empty(member.Incomes);
    }

    [Fact]
    public void A_null_value_with_provenance_is_unknown_but_keeps_who_looked()
    {
        var member = OnlyMember(""", "registered_at_address": { "value": null, "source": "home-visit", "as_of": "2025-01-10" }""");
        Assert.False(member.RegisteredAtAddress.IsKnown);
        Assert.Equal(FactSource.HomeVisit, member.RegisteredAtAddress.Source);
        Assert.Equal(new DateOnly(2025, 1, 10), member.RegisteredAtAddress.AsOf);
    }

    [Fact]
    public void Without_a_date_the_situation_has_none()
    {
        Assert.Null(Read("""{ "household": { "id": "h1", "members": [ { "id": "p1", "relation": "reference" } ] } }""").Date);
        Assert.Null(Read("""{ "date": null, "household": { "id": "h1", "members": [ { "id": "p1", "relation": "reference" } ] } }""").Date);
    }

    [Fact]
    public void Status_periods_and_optional_income_amounts_are_read()
    {
        var member = OnlyMember("""
            , "statuses": [ { "status": "incapacity-65", "since": "2020-01-01", "until": "2020-01-01" },
                            { "status": "zorgbudget-zwaar-zorgbehoevenden", "since": "2021-03-01", "until": null } ],
              "incomes": [ { "kind": "self-employed", "year": 2024, "gross_taxable": null, "net_monthly": 1200 } ]
            """);
        Assert.Equal(new StatusRecord(StatusCode.Incapacity65, new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 1)), member.Statuses![0]);
        Assert.Equal(new StatusRecord(StatusCode.ZorgbudgetZwaarZorgbehoevenden, new DateOnly(2021, 3, 1)), member.Statuses[1]);
        Assert.Equal(new IncomeRecord(IncomeKind.SelfEmployed, 2024, null, 1200m), Assert.Single(member.Incomes!));
    }

    [Fact]
    public void A_stream_with_a_byte_order_mark_is_read()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(RepositoryPaths.Example("04-student-working.json"))];
        var result = SituationReader.Read(new MemoryStream(bytes));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Situation!.Household.Members[0].Incomes!.Count);
    }

    [Fact]
    public void A_stream_that_is_not_json_gives_its_position()
    {
        var result = SituationReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\n}\n}")));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$", problem.Path);
        Assert.Contains("line 3", problem.Message);
    }
}
