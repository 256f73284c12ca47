using System.Diagnostics.CodeAnalysis;

namespace TakeUp.Cli;

/// <summary>
/// Finds the catalog folder: --catalog, else $TAKEUP_CATALOG, else catalog/be-vl in the nearest folder above
/// the current directory that has one, else the nearest above the executable (the launcher builds it into
/// the repository's .build/cli, so this finds the repository's catalog from any directory).
/// </summary>
internal static class CatalogLocator
{
    public const string EnvironmentVariable = "TAKEUP_CATALOG";

    private static readonly string DefaultCatalog = Path.Combine("catalog", "be-vl");

    public static bool TryLocate(string? explicitDirectory, CliContext context,
        [NotNullWhen(true)] out string? directory, [NotNullWhen(false)] out string? problem)
    {
        string? chosen = explicitDirectory ?? NonEmpty(context.GetEnvironmentVariable(EnvironmentVariable));
        if (chosen is not null)
        {
            directory = Path.GetFullPath(chosen, context.CurrentDirectory);
            problem = Directory.Exists(directory) ? null : $"the catalog folder {directory} does not exist";
            return problem is null;
        }

        directory = SearchUpwards(context.CurrentDirectory) ?? SearchUpwards(context.ExecutableDirectory);
        problem = directory is null
            ? $"no catalog found: no {Path.Combine(DefaultCatalog, "catalog.yaml")} in {Shown(context.CurrentDirectory)}, "
              + $"{Shown(context.ExecutableDirectory)} or a folder above them; give --catalog DIR or set {EnvironmentVariable}"
            : null;
        return directory is not null;
    }

    private static string? SearchUpwards(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, DefaultCatalog);
            if (File.Exists(Path.Combine(candidate, "catalog.yaml")))
                return candidate;
        }
        return null;
    }

    private static string Shown(string folder) => Path.TrimEndingDirectorySeparator(folder);

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
