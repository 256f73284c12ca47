using TakeUp.Rules.Catalogs;
using TakeUp.Testing;

namespace TakeUp.Runs.Tests;

/// <summary>The repository's be-vl catalog, compiled once for all tests.</summary>
internal static class BeVl
{
    private static readonly Lazy<ICatalog> Compiled = new(() =>
    {
        var result = CatalogCompiler.Compile(RepositoryPaths.Catalog);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Catalog!;
    });

    public static ICatalog Catalog => Compiled.Value;
}
