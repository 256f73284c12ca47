using System.Text.Json;
using TakeUp.Cli.Commands;
using TakeUp.Cli.Tests.Schema;
using TakeUp.Cli.Tests.Support;
using TakeUp.Rules.Diagnostics;
using TakeUp.Rules.Results;

namespace TakeUp.Cli.Tests;

/// <summary>evaluate, in-process against a fake catalog: what the command itself decides, without the engine.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly TemporaryCatalog _catalog = new();
    private readonly FakeCatalog _fake = new();

    public void Dispose() => _catalog.Dispose();

    private InProcessCli Cli(string? stdin = null) =>
        new(InProcessCli.Compiles(_fake), stdin, currentDirectory: _catalog.Root, executableDirectory: _catalog.Root);

    private static string Example(string name) => RepositoryPaths.Example(name);

    private static string SituationWithoutDate => """{ "household": { "id": "h9", "members": [ { "id": "p1", "relation": "reference" } ] } }""";

    [Fact]
    public void The_situations_date_is_used_when_no_date_is_given()
    {
        var cli = Cli();
        Assert.Equal(0, EvaluateCommand.Run([Example("01-single-ivt.json")], cli.Context));
        Assert.Equal(new DateOnly(2025, 3, 1), Assert.Single(_fake.Calls).Date);
        Assert.Equal("", cli.Stderr);
    }

    [Fact]
    public void The_date_option_overrides_the_situations_date()
    {
        var cli = Cli();
        Assert.Equal(0, EvaluateCommand.Run(["--date", "2024-12-31", Example("01-single-ivt.json")], cli.Context));
        Assert.Equal(new DateOnly(2024, 12, 31), Assert.Single(_fake.Calls).Date);
        using var result = JsonDocument.Parse(cli.Stdout);
        Assert.Equal("2024-12-31", result.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void Without_any_date_it_is_today_by_the_injected_clock()
    {
        var cli = Cli(SituationWithoutDate);
        Assert.Equal(0, EvaluateCommand.Run(["-"], cli.Context));
        Assert.Equal(new DateOnly(2026, 1, 15), Assert.Single(_fake.Calls).Date);
    }

    [Theory]
    [InlineData("nl", Language.Nl)]
    [InlineData("fr", Language.Fr)]
    [InlineData("en", Language.En)]
    public void The_language_option_chooses_the_explanations_language(string option, Language language)
    {
        var cli = Cli();
        Assert.Equal(0, EvaluateCommand.Run(["--lang", option, Example("02-family-leefloon.json")], cli.Context));
        Assert.Equal(language, Assert.Single(_fake.Calls).Language);
        Assert.Contains($"leefloon in {language}", cli.Stdout);
    }

    [Fact]
    public void English_is_the_default_language()
    {
        var cli = Cli();
        EvaluateCommand.Run([Example("02-family-leefloon.json")], cli.Context);
        Assert.Equal(Language.En, Assert.Single(_fake.Calls).Language);
    }

    [Fact]
    public void A_dash_reads_the_situation_from_standard_input()
    {
        var cli = Cli(File.ReadAllText(Example("03-couple-incomplete.json")));
        Assert.Equal(0, EvaluateCommand.Run(["-"], cli.Context));
        using var result = JsonDocument.Parse(cli.Stdout);
        Assert.Equal("h-003", result.RootElement.GetProperty("household").GetString());
    }

    [Fact]
    public void The_output_is_a_valid_result_document_with_one_entry_per_right_and_beneficiary()
    {
        var cli = Cli();
        EvaluateCommand.Run([Example("03-couple-incomplete.json")], cli.Context);

        Assert.Empty(JsonSchemaValidator.FromFile(RepositoryPaths.ResultSchema).Validate(cli.Stdout));
        using var result = JsonDocument.Parse(cli.Stdout);
        var entries = result.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("right").GetString(), r.GetProperty("beneficiary").GetString())).ToList();
        Assert.Equal(6 * 3 + 6, entries.Count);
        Assert.Equal(entries.Count, entries.Distinct().Count());
    }

    [Fact]
    public void Invalid_input_writes_its_problems_to_stderr_and_nothing_to_stdout()
    {
        var cli = Cli("""{ "household": { "id": "h1", "members": [] } }""");
        Assert.Equal(2, EvaluateCommand.Run(["-"], cli.Context));
        Assert.Equal("", cli.Stdout);
        Assert.Equal(["$.household.members: must have at least one member"], cli.StderrLines);
        Assert.Empty(_fake.Calls);
    }

    [Fact]
    public void A_catalog_that_does_not_compile_fails_with_exit_1_and_nothing_on_stdout()
    {
        var cli = new InProcessCli(InProcessCli.FailsWith(new Diagnostic(new SourceLocation("rights/igo.yaml", 3, 7), "unknown parameter")),
            currentDirectory: _catalog.Root, executableDirectory: _catalog.Root);
        Assert.Equal(1, EvaluateCommand.Run([Example("01-single-ivt.json")], cli.Context));
        Assert.Equal("", cli.Stdout);
        Assert.Equal("rights/igo.yaml:3:7: unknown parameter", cli.StderrLines[0]);
        Assert.StartsWith("takeup: the catalog ", cli.StderrLines[1]);
    }

    [Fact]
    public void The_catalog_option_chooses_the_folder_that_is_compiled()
    {
        var folders = new List<string>();
        var cli = new InProcessCli(InProcessCli.Compiles(_fake, folders), currentDirectory: "/", executableDirectory: "/");
        Assert.Equal(0, EvaluateCommand.Run(["--catalog", _catalog.Directory, Example("01-single-ivt.json")], cli.Context));
        Assert.Equal([_catalog.Directory], folders);
    }

    [Fact]
    public void Help_goes_to_stdout_with_exit_0()
    {
        var cli = Cli();
        Assert.Equal(0, EvaluateCommand.Run(["--help"], cli.Context));
        Assert.StartsWith("usage: takeup", cli.Stdout);
    }
}
