using TakeUp.Rules.Results;

namespace TakeUp.Bench;

/// <summary>
/// The full catalog over a synthetic population, in memory; then a sample of households evaluated one by one
/// (with explanations) to check the population pass agrees.
/// </summary>
internal static class CatalogBench
{
    private const int Sample = 2_000;

    public static int Run(BenchOptions options)
    {
        var catalog = Workloads.Compile(options.Catalog);
        var (households, population) = Workloads.Population(options);
        var (result, best) = Workloads.Best($"full catalog ({catalog.Rights.Count} rights)", options.Runs, () => catalog.Evaluate(population, options.Date));

        var (mismatches, oneByOne) = Measure.Run($"one by one with explanations ({Sample:N0} households)", () =>
        {
            int bad = 0;
            int step = Math.Max(1, households.Count / Sample);
            for (int h = 0; h < households.Count; h += step)
                foreach (var r in catalog.Evaluate(households[h], options.Date, Language.En).Results)
                {
                    int row = r.Beneficiary == "household" ? h : population.FirstPersonOf(h) + households[h].Members.ToList().FindIndex(m => m.Id == r.Beneficiary);
                    if (result.Outcome(r.Right, row) != r.Outcome || result.Action(r.Right, row) != r.Action || result.Amount(r.Right, row) != r.Amount?.Value) bad++;
                }
            return bad;
        });

        Console.WriteLine();
        Console.WriteLine($"  check: population pass and one-by-one {(mismatches == 0 ? "agree on the sample" : $"DIFFER on {mismatches} results")}");
        foreach (var right in result.RightIds)
        {
            var counts = result.Count(right);
            Console.WriteLine($"  {right,-36} " + string.Join("  ", Enum.GetValues<Outcome>().Select(o => $"{Wire.Name(o)} {counts.GetValueOrDefault(o):N0}")));
        }
        Console.WriteLine($"  full catalog     {best.WallSeconds * 1000,8:F1} ms   {population.PersonCount / best.WallSeconds / 1e6,6:F2} M persons/s   cpu {best.CpuSeconds:F2} s");
        Console.WriteLine($"  one by one      {oneByOne.WallSeconds / Sample * 1e6,8:F1} µs per household (with explanations)");
        Console.WriteLine($"  {Measure.PeakMemory()}");
        return mismatches == 0 ? 0 : 1;
    }
}
