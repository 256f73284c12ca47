using TakeUp.Cli.Tests.Support;

namespace TakeUp.Cli.Tests;

public sealed class CatalogLocatorTests : IDisposable
{
    private readonly TemporaryCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    private static CliContext Context(string currentDirectory, string executableDirectory, Dictionary<string, string>? environment = null) =>
        new InProcessCli(_ => throw new InvalidOperationException("not compiled here"), currentDirectory: currentDirectory,
            executableDirectory: executableDirectory, environment: environment).Context;

    [Fact]
    public void The_default_catalog_is_found_by_walking_up_from_the_current_directory()
    {
        string deep = Directory.CreateDirectory(Path.Combine(_catalog.Root, "a", "b", "c")).FullName;
        Assert.True(CatalogLocator.TryLocate(null, Context(deep, "/"), out var directory, out _));
        Assert.Equal(_catalog.Directory, directory);
    }

    [Fact]
    public void Else_it_is_found_by_walking_up_from_the_executable()
    {
        string bin = Directory.CreateDirectory(Path.Combine(_catalog.Root, ".build", "cli")).FullName;
        Assert.True(CatalogLocator.TryLocate(null, Context(Path.GetTempPath(), bin), out var directory, out _));
        Assert.Equal(_catalog.Directory, directory);
    }

    [Fact]
    public void A_folder_without_catalog_yaml_is_passed_by()
    {
        string empty = Directory.CreateTempSubdirectory("takeup-nocatalog-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(empty, "catalog", "be-vl"));
            Assert.False(CatalogLocator.TryLocate(null, Context(empty, empty), out _, out var problem));
            Assert.StartsWith("no catalog found: no catalog/be-vl/catalog.yaml in ", problem);
            Assert.EndsWith("give --catalog DIR or set TAKEUP_CATALOG", problem);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void The_option_wins_over_the_environment_which_wins_over_the_search()
    {
        string other = Directory.CreateDirectory(Path.Combine(_catalog.Root, "other")).FullName;
        string third = Directory.CreateDirectory(Path.Combine(_catalog.Root, "third")).FullName;
        var environment = new Dictionary<string, string> { ["TAKEUP_CATALOG"] = third };

        Assert.True(CatalogLocator.TryLocate("other", Context(_catalog.Root, _catalog.Root, environment), out var fromOption, out _));
        Assert.Equal(other, fromOption);
        Assert.True(CatalogLocator.TryLocate(null, Context(_catalog.Root, _catalog.Root, environment), out var fromEnvironment, out _));
        Assert.Equal(third, fromEnvironment);
    }

    [Fact]
    public void A_chosen_folder_that_does_not_exist_is_a_problem()
    {
        Assert.False(CatalogLocator.TryLocate("nowhere", Context(_catalog.Root, _catalog.Root), out _, out var problem));
        Assert.Equal($"the catalog folder {Path.Combine(_catalog.Root, "nowhere")} does not exist", problem);
    }
}
