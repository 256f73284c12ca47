using TakeUp.Cli.Tests.Support;

namespace TakeUp.Cli.Tests;

/// <summary>How takeup answers being called wrongly, or asked for help, as a real process.</summary>
public class UsageProcessTests
{
    [Theory]
    [InlineData]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_or_no_arguments_print_the_usage_on_stdout_with_exit_0(params string[] args)
    {
        var run = CliProcess.Run(args);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("usage: takeup <command> [options]", run.Stdout);
        Assert.Contains("evaluate [--date YYYY-MM-DD] [--lang nl|fr|en] [--catalog DIR] FILE|-", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Theory]
    [InlineData("takeup: unknown command \"evalute\"", "evalute", "x.json")]
    [InlineData("takeup: evaluate: give the situation FILE, or - to read it from standard input", "evaluate")]
    [InlineData("takeup: evaluate: give one situation FILE, not 2", "evaluate", "a.json", "b.json")]
    [InlineData("takeup: evaluate: --date \"2025-02-29\" is not a date: 2025-02 has 28 days", "evaluate", "--date", "2025-02-29", "-")]
    [InlineData("takeup: evaluate: --date must be a date written YYYY-MM-DD, got \"yesterday\"", "evaluate", "--date", "yesterday", "-")]
    [InlineData("takeup: evaluate: --lang \"de\" is not one of nl, fr, en", "evaluate", "--lang", "de", "-")]
    [InlineData("takeup: evaluate: unknown option \"--language\"", "evaluate", "--language", "nl", "-")]
    [InlineData("takeup: evaluate: option --date needs a value", "evaluate", "-", "--date")]
    [InlineData("takeup: evaluate: option --lang is given twice", "evaluate", "--lang", "nl", "--lang", "fr", "-")]
    [InlineData("takeup: check: unexpected argument \"catalog/be-vl\" (use --catalog DIR)", "check", "catalog/be-vl")]
    [InlineData("takeup: test: unknown option \"--verbose\"", "test", "--verbose")]
    public void Bad_usage_exits_2_with_the_problem_and_the_usage_on_stderr(string firstLine, params string[] args)
    {
        var run = CliProcess.Run(args, stdin: "{}");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(firstLine, run.StderrLines[0]);
        Assert.Contains("usage: takeup <command> [options]", run.Stderr);
    }

    [Fact]
    public void A_file_that_does_not_exist_exits_2_and_says_so()
    {
        var run = CliProcess.Run("evaluate", "no-such-situation.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(["takeup: cannot read no-such-situation.json: no such file"], run.StderrLines);
    }

    [Fact]
    public void A_catalog_that_cannot_be_found_exits_1_with_a_hint()
    {
        string nowhere = Directory.CreateTempSubdirectory("takeup-nocatalog-").FullName;
        try
        {
            var run = CliProcess.Run(["check", "--catalog", Path.Combine(nowhere, "missing")], stdin: null, workingDirectory: nowhere);
            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Stdout);
            Assert.Equal([$"takeup: the catalog folder {Path.Combine(nowhere, "missing")} does not exist"], run.StderrLines);
        }
        finally
        {
            Directory.Delete(nowhere, recursive: true);
        }
    }
}
