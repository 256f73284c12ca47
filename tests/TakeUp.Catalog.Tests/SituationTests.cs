using TakeUp.Contract.SituationTests;

namespace TakeUp.Catalog.Tests;

/// <summary>The dated situations of catalog/be-vl/situations, one test case each (the same run as ./takeup test).</summary>
public class SituationTests
{
    private static readonly Lazy<IReadOnlyList<SituationTestResult>> Results =
        new(() => new SituationTestRunner(BeVl.Catalog).RunCatalog(BeVl.Folder).Results);

    public static TheoryData<string> Situations()
    {
        var data = new TheoryData<string>();
        foreach (var r in Results.Value) data.Add($"{Path.GetFileName(r.File)}:{r.Line} {r.Name}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Situations))]
    public void Situation_gives_the_expected_results(string situation)
    {
        var result = Results.Value.Single(r => $"{Path.GetFileName(r.File)}:{r.Line} {r.Name}" == situation);
        Assert.True(result.Passed, string.Join("\n", result.Differences.Select(d => $"line {d.Line}: {d.Message}")));
    }

    [Fact]
    public void Every_right_has_at_least_ten_situations()
    {
        var perRight = Directory.EnumerateFiles(Path.Combine(BeVl.Folder, "situations"), "*.yaml")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f)!, f => Results.Value.Count(r => r.File.EndsWith(Path.GetFileName(f), StringComparison.Ordinal)));
        foreach (var right in BeVl.Catalog.Rights)
            Assert.True(perRight.GetValueOrDefault(right.Id) >= 10, $"{right.Id} has {perRight.GetValueOrDefault(right.Id)} situations");
    }
}
