using TakeUp.Rules.Catalogs;

namespace TakeUp.Catalog.Tests;

/// <summary>The repository's be-vl catalog, compiled once for all tests.</summary>
internal static class BeVl
{
    public static string Folder { get; } = Find();

    private static readonly Lazy<ICatalog> Compiled = new(() =>
    {
        var result = CatalogCompiler.Compile(Folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Catalog!;
    });

    public static ICatalog Catalog => Compiled.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "catalog", "be-vl");
            if (File.Exists(Path.Combine(candidate, "catalog.yaml"))) return candidate;
        }
        throw new InvalidOperationException("catalog/be-vl not found above " + AppContext.BaseDirectory);
    }
}
