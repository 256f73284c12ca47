using TakeUp.Cli.Commands;

namespace TakeUp.Cli.Tests;

public class ArgumentParserTests
{
    private static readonly string[] Options = ["--date", "--lang"];

    private static ParsedArguments Parse(params string[] args)
    {
        Assert.True(ArgumentParser.TryParse(args, Options, out var parsed, out var problem), problem);
        return parsed;
    }

    private static string Problem(params string[] args)
    {
        Assert.False(ArgumentParser.TryParse(args, Options, out _, out var problem));
        return problem;
    }

    [Fact]
    public void Options_take_their_value_from_the_next_argument_or_after_an_equals_sign()
    {
        var parsed = Parse("--date", "2025-03-01", "file.json", "--lang=fr");
        Assert.Equal("2025-03-01", parsed.Option("--date"));
        Assert.Equal("fr", parsed.Option("--lang"));
        Assert.Equal(["file.json"], parsed.Positionals);
        Assert.False(parsed.HelpRequested);
    }

    [Fact]
    public void A_dash_is_an_ordinary_argument_meaning_standard_input()
    {
        Assert.Equal(["-"], Parse("-").Positionals);
    }

    [Fact]
    public void After_a_double_dash_everything_is_an_argument()
    {
        Assert.Equal(["--date", "-x"], Parse("--", "--date", "-x").Positionals);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_can_be_asked_anywhere(string flag)
    {
        Assert.True(Parse("file.json", flag).HelpRequested);
    }

    [Fact]
    public void An_unknown_option_is_refused()
    {
        Assert.Equal("unknown option \"--dat\"", Problem("--dat", "2025-03-01"));
        Assert.Equal("unknown option \"-d\"", Problem("-d"));
    }

    [Fact]
    public void An_option_without_a_value_is_refused()
    {
        Assert.Equal("option --date needs a value", Problem("file.json", "--date"));
        Assert.Equal("option --date needs a value", Problem("--date", "--lang", "nl"));
    }

    [Fact]
    public void An_option_given_twice_is_refused()
    {
        Assert.Equal("option --lang is given twice", Problem("--lang", "nl", "--lang=fr"));
    }
}
