using TakeUp.Contract.SituationTests;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Results;

namespace TakeUp.Contract.Tests;

public sealed class SituationTestRunnerTests : IDisposable
{
    private readonly string _catalog = Directory.CreateTempSubdirectory("takeup-situations-").FullName;

    public void Dispose() => Directory.Delete(_catalog, recursive: true);

    /// <summary>
    /// p1 is eligible for "vt" with an amount when they hold the ivt status; the household's "energie" is unknown
    /// because the heating fuel is missing, and rests on a stale status.
    /// </summary>
    private static FakeCatalog Catalog() => new(
        [FakeCatalog.PersonRight("vt"), FakeCatalog.HouseholdRight("energie")],
        (household, date) =>
        [
            .. household.Members.Select(m => m.Statuses?.Any(s => s.Status == StatusCode.Ivt && s.HoldsOn(date)) == true
                ? FakeCatalog.Result("vt", m.Id, Outcome.Eligible, RightAction.Grant, amount: new Amount(12.5m, "EUR/month"))
                : FakeCatalog.Result("vt", m.Id, Outcome.NotEligible, RightAction.None)),
            FakeCatalog.Result("energie", "household", Outcome.Unknown, RightAction.Ask,
                missing: ["housing.heating_fuel", "members[p1].incomes"], stale: ["members[p1].statuses[0]"]),
        ]);

    private string WriteSituations(string name, string yaml)
    {
        Directory.CreateDirectory(Path.Combine(_catalog, "situations"));
        string path = Path.Combine(_catalog, "situations", name);
        File.WriteAllText(path, yaml);
        return path;
    }

    private const string IvtHousehold = """
            household:
              id: h1
              members:
                - id: p1
                  relation: reference
                  insz: "61041200175"
                  statuses: [ { status: ivt, since: 2019-06-01, source: ksz, as_of: 2025-02-20 } ]
        """;

    [Fact]
    public void A_situation_whose_expectations_hold_passes_and_is_evaluated_on_its_own_date()
    {
        var catalog = Catalog();
        string path = WriteSituations("vt.yaml", $$"""
            right: vt
            situations:
              - name: IVT holder is granted automatically
                date: 2025-03-01
            {{IvtHousehold}}
                expect:
                  - beneficiary: p1
                    outcome: eligible
                    action: grant
                    amount: 12.50
                    missing: []
                    stale: []
            """);

        var report = new SituationTestRunner(catalog).RunCatalog(_catalog);

        var result = Assert.Single(report.Results);
        Assert.True(result.Passed, string.Join("\n", result.Differences));
        Assert.Equal((path, 3, "IVT holder is granted automatically"), (result.File, result.Line, result.Name));
        Assert.Equal((1, 0), (report.Passed, report.Failed));
        Assert.Equal(new DateOnly(2025, 3, 1), Assert.Single(catalog.Calls).Date);
    }

    [Fact]
    public void Every_difference_is_reported_at_the_line_of_its_expectation()
    {
        WriteSituations("vt.yaml", $$"""
            right: vt
            situations:
              - name: wrong on every count
                date: 2018-03-01
            {{IvtHousehold}}
                expect:
                  - beneficiary: p1
                    outcome: eligible
                    action: propose
                    amount: 13
            """);

        var result = Assert.Single(new SituationTestRunner(Catalog()).RunCatalog(_catalog).Results);

        Assert.False(result.Passed);
        Assert.Equal(
            [
                new SituationDifference(13, "p1: outcome: expected eligible, got not-eligible"),
                new SituationDifference(13, "p1: action: expected propose, got none"),
                new SituationDifference(13, "p1: amount: expected 13, got null"),
            ],
            result.Differences);
    }

    [Fact]
    public void Missing_and_stale_are_compared_as_sets()
    {
        WriteSituations("energie.yaml", $$"""
            right: energie
            situations:
              - name: same sets in another order pass
                date: 2025-03-01
            {{IvtHousehold}}
                expect:
                  - beneficiary: household
                    outcome: unknown
                    action: ask
                    missing: ["members[p1].incomes", housing.heating_fuel]
                    stale:
                      - members[p1].statuses[0]
              - name: different sets fail
                date: 2025-03-01
            {{IvtHousehold}}
                expect:
                  - beneficiary: household
                    outcome: unknown
                    action: ask
                    missing: [housing.heating_fuel, housing.tenure]
                    stale: []
            """);

        var report = new SituationTestRunner(Catalog()).RunCatalog(_catalog);

        Assert.True(report.Results[0].Passed, string.Join("\n", report.Results[0].Differences));
        Assert.Equal(
            [
                "household: missing: expected [housing.heating_fuel, housing.tenure], got [housing.heating_fuel, members[p1].incomes] (lacks housing.tenure; has unexpected members[p1].incomes)",
                "household: stale: expected [], got [members[p1].statuses[0]] (has unexpected members[p1].statuses[0])",
            ],
            report.Results[1].Differences.Select(d => d.Message));
        Assert.Equal((1, 1), (report.Passed, report.Failed));
    }

    [Fact]
    public void Optional_expectations_that_are_left_out_are_not_checked()
    {
        WriteSituations("energie.yaml", $$"""
            right: energie
            situations:
              - name: only outcome and action
                date: 2025-03-01
            {{IvtHousehold}}
                expect:
                  - { beneficiary: household, outcome: unknown, action: ask }
            """);
        Assert.True(Assert.Single(new SituationTestRunner(Catalog()).RunCatalog(_catalog).Results).Passed);
    }

    [Fact]
    public void An_expected_null_amount_fails_when_there_is_one()
    {
        WriteSituations("vt.yaml", $$"""
            right: vt
            situations:
              - name: amount null
                date: 2025-03-01
            {{IvtHousehold}}
                expect:
                  - { beneficiary: p1, outcome: eligible, action: grant, amount: null }
            """);
        var result = Assert.Single(new SituationTestRunner(Catalog()).RunCatalog(_catalog).Results);
        Assert.Equal("p1: amount: expected null, got 12.5 EUR/month", Assert.Single(result.Differences).Message);
    }

    [Fact]
    public void A_file_whose_right_is_not_in_the_catalog_is_refused_whole()
    {
        var catalog = Catalog();
        string path = WriteSituations("nope.yaml", $$"""
            # a comment first
            right: leefloon
            situations:
              - name: never run
                date: 2025-03-01
            {{IvtHousehold}}
                expect:
                  - { beneficiary: p1, outcome: eligible, action: grant }
            """);

        var result = Assert.Single(new SituationTestRunner(catalog).RunCatalog(_catalog).Results);

        Assert.False(result.Passed);
        Assert.Equal(path, result.File);
        Assert.Equal(new SituationDifference(2, "right: \"leefloon\" is not a right of fake@1 (rights: vt, energie)"),
            Assert.Single(result.Differences));
        Assert.Empty(catalog.Calls);
    }

    [Fact]
    public void An_expectation_for_a_beneficiary_without_a_result_is_refused()
    {
        WriteSituations("vt.yaml", $$"""
            right: vt
            situations:
              - name: nobody called p9
                date: 2025-03-01
            {{IvtHousehold}}
                expect:
                  - { beneficiary: p9, outcome: eligible, action: grant }
            """);
        var result = Assert.Single(new SituationTestRunner(Catalog()).RunCatalog(_catalog).Results);
        Assert.Equal(new SituationDifference(13, "p9: has no result for right \"vt\" (beneficiaries with one: p1)"),
            Assert.Single(result.Differences));
    }

    [Fact]
    public void An_invalid_household_fails_with_the_readers_message_at_its_line()
    {
        WriteSituations("vt.yaml", """
            right: vt
            situations:
              - name: bad insz and bad date
                date: 2025-02-30
                household:
                  id: h1
                  members:
                    - id: p1
                      relation: reference
                      insz: "61041200176"
                    - id: p2
                      relation: child
                      dependent: yes
                expect:
                  - { beneficiary: p1, outcome: eligible, action: grant }
            """);
        var catalog = Catalog();

        var result = Assert.Single(new SituationTestRunner(catalog).RunCatalog(_catalog).Results);

        Assert.Equal(
            [
                new SituationDifference(4, "$.date: \"2025-02-30\" is not a date: 2025-02 has 28 days"),
                new SituationDifference(10, "$.household.members[0].insz: checksum fails (expected 97 - (first 9 digits mod 97), with the 2000+ rule)"),
                new SituationDifference(13, "$.household.members[1].dependent: must be true or false, got \"yes\""),
            ],
            result.Differences);
        Assert.Empty(catalog.Calls);
    }

    [Fact]
    public void Unknown_keys_and_bad_expectation_values_are_problems()
    {
        WriteSituations("vt.yaml", $$"""
            right: vt
            situations:
              - name: typos
                date: 2025-03-01
            {{IvtHousehold}}
                expect:
                  - beneficiary: p1
                    outcome: granted
                    action: grant
                    amounts: 12
            """);
        var result = Assert.Single(new SituationTestRunner(Catalog()).RunCatalog(_catalog).Results);
        Assert.Equal(
            [
                new SituationDifference(16, "amounts: is not a known key (known: beneficiary, outcome, action, amount, missing, stale)"),
                new SituationDifference(14, "outcome: \"granted\" is not one of eligible, likely-eligible, not-eligible, unknown"),
            ],
            result.Differences);
    }

    [Fact]
    public void A_situation_without_a_date_is_refused()
    {
        WriteSituations("vt.yaml", $$"""
            right: vt
            situations:
              - name: no date
            {{IvtHousehold}}
                expect:
                  - { beneficiary: p1, outcome: eligible, action: grant }
            """);
        var result = Assert.Single(new SituationTestRunner(Catalog()).RunCatalog(_catalog).Results);
        Assert.Equal(new SituationDifference(3, "date: is required: a situation test must not depend on the day it is run"),
            Assert.Single(result.Differences));
    }

    [Fact]
    public void A_file_that_is_not_yaml_is_refused_with_its_line()
    {
        WriteSituations("vt.yaml", "right: vt\nsituations:\n  - name: x\n   bad: [\n");
        var result = Assert.Single(new SituationTestRunner(Catalog()).RunCatalog(_catalog).Results);
        Assert.False(result.Passed);
        Assert.StartsWith("not valid YAML: ", Assert.Single(result.Differences).Message);
    }

    [Fact]
    public void An_engine_failure_fails_that_situation_only()
    {
        var catalog = new FakeCatalog([FakeCatalog.PersonRight("vt")],
            (household, _) => household.Id == "boom" ? throw new InvalidOperationException("kaput") : [FakeCatalog.Result("vt", "p1", Outcome.Eligible, RightAction.Grant)]);
        WriteSituations("vt.yaml", """
            right: vt
            situations:
              - name: breaks
                date: 2025-03-01
                household: { id: boom, members: [ { id: p1, relation: reference } ] }
                expect: [ { beneficiary: p1, outcome: eligible, action: grant } ]
              - name: works
                date: 2025-03-01
                household: { id: fine, members: [ { id: p1, relation: reference } ] }
                expect: [ { beneficiary: p1, outcome: eligible, action: grant } ]
            """);

        var report = new SituationTestRunner(catalog).RunCatalog(_catalog);

        Assert.Equal("evaluation failed: InvalidOperationException: kaput", Assert.Single(report.Results[0].Differences).Message);
        Assert.True(report.Results[1].Passed);
    }

    [Fact]
    public void Files_run_in_name_order_and_a_catalog_without_situations_has_none()
    {
        Assert.Empty(new SituationTestRunner(Catalog()).RunCatalog(_catalog).Results);

        foreach (var name in new[] { "b.yaml", "a.yaml" })
            WriteSituations(name, $$"""
                right: vt
                situations:
                  - name: {{name}}
                    date: 2025-03-01
                    household: { id: h, members: [ { id: p1, relation: reference } ] }
                    expect: [ { beneficiary: p1, outcome: not-eligible, action: none } ]
                """);
        Assert.Equal(["a.yaml", "b.yaml"], new SituationTestRunner(Catalog()).RunCatalog(_catalog).Results.Select(r => r.Name));
    }
}
