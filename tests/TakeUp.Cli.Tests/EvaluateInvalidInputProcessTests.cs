using TakeUp.Cli.Tests.Support;

namespace TakeUp.Cli.Tests;

/// <summary>
/// The contract's promise for invalid input, checked on the real process: exit code 2, one line per problem
/// on stderr (the JSON path, then what is wrong), and nothing at all on stdout.
/// </summary>
public class EvaluateInvalidInputProcessTests
{
    private const string Ref = """{ "id": "p1", "relation": "reference" }""";

    private static string Household(string members, string extra = "") =>
        $$"""{ "contract": "takeup.situation/v1", "date": "2025-03-01", "household": { "id": "h1", {{extra}} "members": [ {{members}} ] } }""";

    public static TheoryData<string, string, string[]> InvalidDocuments => new()
    {
        { "not JSON", "{ \"household\": \n  { \"id\": 'h1' } }", ["$: not JSON: ''' is an invalid start of a value (line 2, position 11)"] },
        { "wrong type", Household("""{ "id": "p1", "relation": "reference", "dependent": "yes" }"""), ["$.household.members[0].dependent: must be true or false, got \"yes\""] },
        { "unknown enum value", Household(Ref, """ "housing": { "heating_fuel": "coal" }, """), ["$.household.housing.heating_fuel: \"coal\" is not one of heating-oil, paraffin, propane-bulk, gas, electric, wood, other"] },
        { "impossible date", Household("""{ "id": "p1", "relation": "reference", "birth_date": "2025-02-30" }"""), ["$.household.members[0].birth_date: \"2025-02-30\" is not a date: 2025-02 has 28 days"] },
        { "date format", Household("""{ "id": "p1", "relation": "reference", "birth_date": "30/01/1990" }"""), ["$.household.members[0].birth_date: must be a date written YYYY-MM-DD, got \"30/01/1990\""] },
        { "insz checksum", Household(Ref + """, { "id": "p2", "relation": "child", "insz": "90010100124" }"""), ["$.household.members[1].insz: checksum fails (expected 97 - (first 9 digits mod 97), with the 2000+ rule)"] },
        { "duplicate member id", Household(Ref + """, { "id": "p1", "relation": "child" }"""), ["$.household.members[1].id: \"p1\" is already the id of members[0]"] },
        { "partner without reference", Household("""{ "id": "p1", "relation": "partner" }"""), ["$.household.members: no member has relation \"reference\"; exactly one must", "$.household.members[0].relation: \"partner\" means partner of the reference person, and no member is the reference"] },
        { "two references", Household(Ref + """, { "id": "p2", "relation": "reference" }"""), ["$.household.members[1].relation: a second \"reference\" (members[0] is one); exactly one member must be the reference"] },
        { "missing household", """{ "date": "2025-03-01" }""", ["$.household: is required"] },
        { "missing relation", Household("""{ "id": "p1" }"""), ["$.household.members[0].relation: is required: one of reference, partner, child, parent, other-relative, unrelated"] },
        { "missing status since", Household("""{ "id": "p1", "relation": "reference", "statuses": [ { "status": "ivt" } ] }"""), ["$.household.members[0].statuses[0].since: is required: a date written YYYY-MM-DD"] },
        { "missing income year", Household("""{ "id": "p1", "relation": "reference", "incomes": [ { "kind": "pension" } ] }"""), ["$.household.members[0].incomes[0].year: is required"] },
        { "empty members", Household(""), ["$.household.members: must have at least one member"] },
        { "bad municipality", Household(Ref, """ "municipality": "4402", """), ["$.household.municipality: must be a NIS code of 5 digits, got \"4402\""] },
        { "other contract", """{ "contract": "takeup.result/v1", "household": { "id": "h1", "members": [ { "id": "p1", "relation": "reference" } ] } }""", ["$.contract: must be \"takeup.situation/v1\", got \"takeup.result/v1\""] },
        { "negative amount", Household(Ref, """ "housing": { "monthly_rent": -1 }, """), ["$.household.housing.monthly_rent: must not be negative, got -1"] },
        { "income year out of range", Household("""{ "id": "p1", "relation": "reference", "incomes": [ { "kind": "pension", "year": 2300 } ] }"""), ["$.household.members[0].incomes[0].year: must be between 1900 and 2200, got 2300"] },
        { "until before since", Household("""{ "id": "p1", "relation": "reference", "statuses": [ { "status": "vt", "since": "2024-05-01", "until": "2024-04-30" } ] }"""), ["$.household.members[0].statuses[0].until: 2024-04-30 is before since (2024-05-01)"] },
        { "partner_kind on a non-partner", Household(Ref + """, { "id": "p2", "relation": "child", "partner_kind": "de-facto" }"""), ["$.household.members[1].partner_kind: only a member with relation \"partner\" has a partner_kind; this one is \"child\""] },
        {
            "several problems at once",
            Household("""{ "id": "p1", "relation": "reference", "insz": "90010100124" }, { "id": "p1", "relation": "child", "dependent": 1 }"""),
            [
                "$.household.members[0].insz: checksum fails (expected 97 - (first 9 digits mod 97), with the 2000+ rule)",
                "$.household.members[1].dependent: must be true or false, got 1",
                "$.household.members[1].id: \"p1\" is already the id of members[0]",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Invalid_input_on_stdin_exits_2_with_one_line_per_problem_and_empty_stdout(string what, string json, string[] expected)
    {
        var run = CliProcess.Run(["evaluate", "-"], json);

        Assert.True(run.ExitCode == 2, $"{what}: {run}");
        Assert.Equal("", run.Stdout);
        Assert.Equal(expected, run.StderrLines);
    }

    [Fact]
    public void Invalid_input_in_a_file_is_reported_the_same_way()
    {
        string file = Path.Combine(Path.GetTempPath(), $"takeup-invalid-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, Household("""{ "id": "p1", "relation": "reference", "insz": "61041200176" }"""));
        try
        {
            var run = CliProcess.Run("evaluate", "--date", "2025-01-01", file);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal("", run.Stdout);
            Assert.Equal(["$.household.members[0].insz: checksum fails (expected 97 - (first 9 digits mod 97), with the 2000+ rule)"], run.StderrLines);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
