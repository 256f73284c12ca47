namespace TakeUp.Cli.Commands;

/// <summary>
/// takeup check [--catalog DIR]: compiles the catalog. Problems go to stderr as file:line:col: message and
/// nothing else, so editors and CI can annotate them; a clean catalog gets a one-line summary on stdout.
/// </summary>
internal static class CheckCommand
{
    private static readonly string[] Options = ["--catalog"];

    public static int Run(string[] args, CliContext context)
    {
        if (!ArgumentParser.TryParse(args, Options, out var parsed, out var problem))
            return Usage.Fail(context, $"check: {problem}");
        if (parsed.HelpRequested)
            return HelpCommand.Run(context);
        if (parsed.Positionals.Count > 0)
            return Usage.Fail(context, $"check: unexpected argument \"{parsed.Positionals[0]}\" (use --catalog DIR)");

        if (CatalogLoader.Compile(parsed.Option("--catalog"), context) is not var (_, result))
            return ExitCodes.Failure;
        if (!result.Succeeded)
        {
            CatalogLoader.ReportDiagnostics(result, context);
            return ExitCodes.Failure;
        }

        var catalog = result.Catalog!;
        int personLevel = catalog.Rights.Count(r => r.IsPersonLevel);
        context.Out.WriteLine(
            $"{catalog.Name}: {catalog.Rights.Count} rights ({personLevel} person-level, {catalog.Rights.Count - personLevel} household-level), "
            + $"{catalog.ParameterPaths.Count} parameters");
        return ExitCodes.Success;
    }
}
