using TakeUp.Rules.Catalogs;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Populations;
using TakeUp.Synthetic;

namespace TakeUp.Bench;

internal static class Workloads
{
    public static ICatalog Compile(string folder)
    {
        var (compiled, _) = Measure.Run("compile catalog", () => CatalogCompiler.Compile(folder));
        if (!compiled.Succeeded) throw new InvalidOperationException(string.Join("\n", compiled.Diagnostics));
        return compiled.Catalog!;
    }

    public static (List<Household> Households, Population Population) Population(BenchOptions options)
    {
        var (households, _) = Measure.Run("generate synthetic households", () =>
            PopulationGenerator.Generate(new PopulationOptions { Seed = options.Seed, Persons = options.Persons, ReferenceDate = options.Date }).ToList());
        var (population, _) = Measure.Run("lay out columns (Population.From)", () => Rules.Populations.Population.From(households));
        Console.WriteLine($"  {population.PersonCount:N0} persons in {population.HouseholdCount:N0} households");
        return (households, population);
    }

    /// <summary>Runs the work several times after one warm-up and returns the fastest run.</summary>
    public static (T Result, Measure Best) Best<T>(string what, int runs, Func<T> work)
    {
        work();
        Measure? best = null;
        T result = default!;
        for (int i = 0; i < runs; i++)
        {
            var (r, m) = Measure.Run($"{what} (run {i + 1})", work);
            if (best is null || m.WallSeconds < best.WallSeconds) { best = m; result = r; }
        }
        return (result, best!);
    }
}
