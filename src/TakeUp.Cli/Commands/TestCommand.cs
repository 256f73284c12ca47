using TakeUp.Contract.SituationTests;

namespace TakeUp.Cli.Commands;

/// <summary>
/// takeup test [--catalog DIR]: runs the catalog's situation files. Each failure is printed with file:line,
/// its name and its differences; the last line is "N passed, N failed", which CI reads.
/// </summary>
internal static class TestCommand
{
    private static readonly string[] Options = ["--catalog"];

    public static int Run(string[] args, CliContext context)
    {
        if (!ArgumentParser.TryParse(args, Options, out var parsed, out var problem))
            return Usage.Fail(context, $"test: {problem}");
        if (parsed.HelpRequested)
            return HelpCommand.Run(context);
        if (parsed.Positionals.Count > 0)
            return Usage.Fail(context, $"test: unexpected argument \"{parsed.Positionals[0]}\" (use --catalog DIR)");

        if (CatalogLoader.Load(parsed.Option("--catalog"), context) is not { } loaded)
            return ExitCodes.Failure;

        var report = new SituationTestRunner(loaded.Catalog).RunCatalog(loaded.Directory);
        foreach (var failure in report.Results.Where(r => !r.Passed))
        {
            string file = Shown(failure.File, context);
            context.Out.WriteLine($"FAIL {file}:{failure.Line}: {failure.Name}");
            foreach (var difference in failure.Differences)
                context.Out.WriteLine($"  {file}:{difference.Line}: {difference.Message}");
        }
        context.Out.WriteLine($"{report.Passed} passed, {report.Failed} failed");
        return report.Failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Relative to the current directory when below it: shorter, and still clickable in a terminal.</summary>
    private static string Shown(string file, CliContext context)
    {
        string relative = Path.GetRelativePath(context.CurrentDirectory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
    }
}
