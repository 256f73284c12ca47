using TakeUp.Cli.Commands;
using TakeUp.Cli.Tests.Support;
using TakeUp.Rules.Diagnostics;

namespace TakeUp.Cli.Tests;

/// <summary>check and test, in-process against a fake catalog.</summary>
public sealed class CheckAndTestCommandTests : IDisposable
{
    private readonly TemporaryCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    private InProcessCli Cli(Func<string, TakeUp.Rules.Catalogs.CompileResult>? compile = null) =>
        new(compile ?? InProcessCli.Compiles(new FakeCatalog()), currentDirectory: _catalog.Root, executableDirectory: _catalog.Root);

    [Fact]
    public void Check_prints_each_diagnostic_as_file_line_col_and_exits_1()
    {
        var cli = Cli(InProcessCli.FailsWith(
            new Diagnostic(new SourceLocation("catalog/be-vl/rights/igo.yaml", 12, 5), "unknown function \"hold\""),
            new Diagnostic(new SourceLocation("catalog/be-vl/parameters/igo.yaml", 3, 1), "value without from")));

        Assert.Equal(1, CheckCommand.Run([], cli.Context));

        Assert.Equal(
            ["catalog/be-vl/rights/igo.yaml:12:5: unknown function \"hold\"", "catalog/be-vl/parameters/igo.yaml:3:1: value without from"],
            cli.StderrLines);
        Assert.Equal("", cli.Stdout);
    }

    [Fact]
    public void Check_summarises_a_clean_catalog_on_one_line()
    {
        var cli = Cli();
        Assert.Equal(0, CheckCommand.Run([], cli.Context));
        Assert.Equal("be-vl@0.0.0-fake: 12 rights (6 person-level, 6 household-level), 3 parameters\n", cli.Stdout);
        Assert.Equal("", cli.Stderr);
    }

    [Fact]
    public void Check_refuses_arguments_it_does_not_take()
    {
        var cli = Cli();
        Assert.Equal(2, CheckCommand.Run(["catalog/be-vl"], cli.Context));
        Assert.StartsWith("takeup: check: unexpected argument \"catalog/be-vl\"", cli.Stderr);
    }

    [Fact]
    public void Test_prints_failures_with_file_and_line_then_the_counts()
    {
        _catalog.WriteSituations("igo.yaml", """
            right: igo
            situations:
              - name: passes
                date: 2025-03-01
                household: { id: h1, members: [ { id: p1, relation: reference } ] }
                expect: [ { beneficiary: p1, outcome: unknown, action: ask } ]
              - name: fails
                date: 2025-03-01
                household: { id: h1, members: [ { id: p1, relation: reference } ] }
                expect:
                  - { beneficiary: p1, outcome: eligible, action: grant }
            """);
        var cli = Cli();

        Assert.Equal(1, TestCommand.Run([], cli.Context));

        string file = Path.Combine("catalog", "be-vl", "situations", "igo.yaml");
        Assert.Equal(
            $"""
            FAIL {file}:7: fails
              {file}:11: p1: outcome: expected eligible, got unknown
              {file}:11: p1: action: expected grant, got ask
            1 passed, 1 failed

            """,
            cli.Stdout);
    }

    [Fact]
    public void Test_exits_0_when_every_situation_passes()
    {
        _catalog.WriteSituations("igo.yaml", """
            right: igo
            situations:
              - name: passes
                date: 2025-03-01
                household: { id: h1, members: [ { id: p1, relation: reference } ] }
                expect: [ { beneficiary: p1, outcome: unknown, action: ask } ]
            """);
        var cli = Cli();
        Assert.Equal(0, TestCommand.Run([], cli.Context));
        Assert.Equal("1 passed, 0 failed\n", cli.Stdout);
    }

    [Fact]
    public void Test_refuses_a_file_for_a_right_that_is_not_in_the_catalog()
    {
        _catalog.WriteSituations("bogus.yaml", """
            right: bogus
            situations:
              - name: never runs
                date: 2025-03-01
                household: { id: h1, members: [ { id: p1, relation: reference } ] }
                expect: [ { beneficiary: p1, outcome: unknown, action: ask } ]
            """);
        var cli = Cli();
        Assert.Equal(1, TestCommand.Run([], cli.Context));
        Assert.Contains("bogus.yaml:1: right: \"bogus\" is not a right of be-vl@0.0.0-fake", cli.Stdout);
        Assert.EndsWith("0 passed, 1 failed\n", cli.Stdout);
    }

    [Fact]
    public void Test_does_not_run_when_the_catalog_does_not_compile()
    {
        var cli = Cli(InProcessCli.FailsWith(new Diagnostic(new SourceLocation("x.yaml", 1, 1), "broken")));
        Assert.Equal(1, TestCommand.Run([], cli.Context));
        Assert.Equal("x.yaml:1:1: broken", cli.StderrLines[0]);
    }
}
