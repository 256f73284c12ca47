namespace TakeUp.Testing;

/// <summary>
/// Where the repository, its launcher, its catalog and the shared contract are: CI clones the repository with
/// shared/ beside it. Linked into every test project that needs it (tests/Shared).
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Launcher => Path.Combine(Root, "takeup");

    public static string Catalog => Path.Combine(Root, "catalog", "be-vl");

    public static string ContractDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "contract"));

    public static string ResultSchema => Path.Combine(ContractDirectory, "result-v1.schema.json");

    public static string SituationSchema => Path.Combine(ContractDirectory, "situation-v1.schema.json");

    public static string Example(string name) => Path.Combine(ContractDirectory, "examples", name);

    public static IReadOnlyList<string> Examples()
    {
        string folder = Path.Combine(ContractDirectory, "examples");
        Assert.True(Directory.Exists(folder), $"the shared contract examples are expected at {folder}");
        return Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TakeUp.slnx")))
                return dir.FullName;
        throw new InvalidOperationException($"no TakeUp.slnx above {AppContext.BaseDirectory}");
    }
}
