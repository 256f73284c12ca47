using TakeUp.Rules.Catalogs;

namespace TakeUp.Cli;

/// <summary>Locates and compiles the catalog a command works on, reporting on standard error when it cannot.</summary>
internal static class CatalogLoader
{
    /// <summary>The located folder and its compile result; null (after saying why) when no folder was found.</summary>
    public static (string Directory, CompileResult Result)? Compile(string? explicitDirectory, CliContext context)
    {
        if (!CatalogLocator.TryLocate(explicitDirectory, context, out var directory, out var problem))
        {
            context.Error.WriteLine($"takeup: {problem}");
            return null;
        }
        return (directory, context.CompileCatalog(directory));
    }

    /// <summary>One line per diagnostic, file:line:col: message, as editors and CI annotate them.</summary>
    public static void ReportDiagnostics(CompileResult result, CliContext context)
    {
        foreach (var diagnostic in result.Diagnostics)
            context.Error.WriteLine(diagnostic.ToString());
        if (result.Diagnostics.Count == 0 && result.Catalog is null)
            context.Error.WriteLine("takeup: the catalog compiler returned neither a catalog nor a problem");
    }

    /// <summary>A catalog ready to evaluate, or null after the problems and a hint went to standard error.</summary>
    public static LoadedCatalog? Load(string? explicitDirectory, CliContext context)
    {
        if (Compile(explicitDirectory, context) is not var (directory, result))
            return null;
        if (result.Succeeded)
            return new LoadedCatalog(directory, result.Catalog!);

        ReportDiagnostics(result, context);
        context.Error.WriteLine($"takeup: the catalog {directory} does not compile; 'takeup check' lists its problems");
        return null;
    }
}
