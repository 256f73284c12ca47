using System.Text.RegularExpressions;
using TakeUp.Cli.Tests.Support;

namespace TakeUp.Cli.Tests;

/// <summary>
/// check and test on the repository's own catalog/be-vl, found without --catalog from inside the repository.
/// These need the engine and the catalog on main; whether every situation passes is the catalog's business,
/// so only the shape of the report is asserted here.
/// </summary>
public class RepositoryCatalogProcessTests
{
    [Fact]
    public void Check_finds_the_default_catalog_from_a_subfolder_and_summarises_it()
    {
        var run = CliProcess.Run(["check"], stdin: null, workingDirectory: Path.Combine(RepositoryPaths.Root, "docs"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^be-vl@\S+: 12 rights \(6 person-level, 6 household-level\), [1-9][0-9]* parameters\n$", run.Stdout);
    }

    [Fact]
    public void Test_ends_with_the_counts_alone_on_the_last_line()
    {
        var run = CliProcess.Run("test");
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        string lastLine = run.Stdout.TrimEnd('\n').Split('\n')[^1];
        var counts = Regex.Match(lastLine, @"^(\d+) passed, (\d+) failed$");
        Assert.True(counts.Success, run.ToString());
        Assert.True(int.Parse(counts.Groups[1].Value) + int.Parse(counts.Groups[2].Value) > 0, "the catalog has situations");
        Assert.Equal(counts.Groups[2].Value == "0" ? 0 : 1, run.ExitCode);
    }
}
