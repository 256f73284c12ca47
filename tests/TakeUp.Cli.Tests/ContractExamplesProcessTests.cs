using System.Text.Json;
using TakeUp.Cli.Tests.Schema;
using TakeUp.Cli.Tests.Support;

namespace TakeUp.Cli.Tests;

/// <summary>
/// `takeup evaluate` on the shared contract's examples with the real engine and the repository's be-vl
/// catalog. These need the engine (branch main) and fail until it can compile the catalog.
/// </summary>
public class ContractExamplesProcessTests
{
    private static readonly string[] PersonLevelRights =
        ["leefloon", "verhoogde-tegemoetkoming", "uitpas-kansentarief", "igo", "pro-deo", "zorgbudget-zwaar-zorgbehoevenden"];

    private static readonly string[] HouseholdLevelRights =
        ["sociaal-tarief-energie", "verwarmingstoelage", "sociaal-tarief-water", "sociaal-internettarief", "vlaamse-huurpremie", "groeipakket-sociale-toeslag"];

    public static TheoryData<string> ExampleNames => new(RepositoryPaths.Examples().Select(Path.GetFileName)!);

    private static CliRun Evaluate(params string[] args)
    {
        var run = CliProcess.Run(["evaluate", .. args]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        return run;
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Each_example_gives_a_valid_result_with_one_entry_per_right_per_beneficiary(string example)
    {
        string path = RepositoryPaths.Example(example);
        var run = Evaluate(path);

        Assert.Empty(JsonSchemaValidator.FromFile(RepositoryPaths.ResultSchema).Validate(run.Stdout));

        using var situation = JsonDocument.Parse(File.ReadAllText(path));
        using var result = JsonDocument.Parse(run.Stdout);
        var household = situation.RootElement.GetProperty("household");
        Assert.Equal(household.GetProperty("id").GetString(), result.RootElement.GetProperty("household").GetString());
        Assert.Equal(situation.RootElement.GetProperty("date").GetString(), result.RootElement.GetProperty("date").GetString());
        Assert.StartsWith("be-vl@", result.RootElement.GetProperty("catalog").GetString());

        var memberIds = household.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
        var expected = PersonLevelRights.SelectMany(right => memberIds.Select(id => (right, id)))
            .Concat(HouseholdLevelRights.Select(right => (right, "household")))
            .Order().ToList();
        var actual = result.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("right").GetString()!, r.GetProperty("beneficiary").GetString()!))
            .Order().ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_date_option_overrides_the_situations_date()
    {
        var run = Evaluate("--date", "2025-01-31", RepositoryPaths.Example("01-single-ivt.json"));
        using var result = JsonDocument.Parse(run.Stdout);
        Assert.Equal("2025-01-31", result.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void Without_any_date_the_result_is_for_today()
    {
        string json = File.ReadAllText(RepositoryPaths.Example("01-single-ivt.json")).Replace("\"date\": \"2025-03-01\",", "");
        string before = DateTime.Now.ToString("yyyy-MM-dd");
        var run = CliProcess.Run(["evaluate", "-"], json);
        string after = DateTime.Now.ToString("yyyy-MM-dd");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var result = JsonDocument.Parse(run.Stdout);
        Assert.Contains(result.RootElement.GetProperty("date").GetString(), new[] { before, after });
    }

    [Fact]
    public void The_language_option_changes_the_explanations_and_nothing_else()
    {
        string path = RepositoryPaths.Example("02-family-leefloon.json");
        using var english = JsonDocument.Parse(Evaluate("--lang", "en", path).Stdout);
        using var dutch = JsonDocument.Parse(Evaluate("--lang", "nl", path).Stdout);
        using var french = JsonDocument.Parse(Evaluate("--lang=fr", path).Stdout);

        static List<string> Texts(JsonDocument d) => d.RootElement.GetProperty("results").EnumerateArray()
            .SelectMany(r => r.GetProperty("because").EnumerateArray().Select(b => b.GetProperty("text").GetString()!)).ToList();
        static List<string> Decisions(JsonDocument d) => d.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("right")}/{r.GetProperty("beneficiary")}/{r.GetProperty("outcome")}/{r.GetProperty("action")}").ToList();

        Assert.Equal(Decisions(english), Decisions(dutch));
        Assert.Equal(Decisions(english), Decisions(french));
        Assert.NotEqual(Texts(english), Texts(dutch));
        Assert.NotEqual(Texts(english), Texts(french));
    }

    [Fact]
    public void Standard_input_gives_the_same_bytes_as_the_file()
    {
        string path = RepositoryPaths.Example("03-couple-incomplete.json");
        var fromFile = Evaluate(path);
        var fromStdin = CliProcess.Run(["evaluate", "-"], File.ReadAllText(path));
        Assert.True(fromStdin.ExitCode == 0, fromStdin.ToString());
        Assert.Equal(fromFile.Stdout, fromStdin.Stdout);
    }
}
