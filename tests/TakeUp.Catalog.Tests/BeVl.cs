using TakeUp.Rules.Catalogs;

namespace TakeUp.Catalog.Tests;

/// <summary>The repository's be-vl catalog, compiled once for all tests.</summary>
internal static class BeVl
{
    public static string Folder => RepositoryPaths.Catalog;

    private static readonly Lazy<ICatalog> Compiled = new(() =>
    {
        var result = CatalogCompiler.Compile(Folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Catalog!;
    });

    public static ICatalog Catalog => Compiled.Value;
}
