using System.Diagnostics;
using System.Globalization;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Populations;
using TakeUp.Rules.Results;
using TakeUp.Synthetic;

namespace TakeUp.Bench;

/// <summary>
/// A synthetic Belgium (11.8 million persons by default) through the full be-vl catalog, in memory: generated
/// household by household and streamed into the engine's columns (no object per person kept, as the database
/// loader of population runs does), then evaluated. Prints wall time, CPU time and peak memory per phase, and
/// checks a sample of households against one-by-one evaluation.
///   national [--persons N (default 11,800,000)] [--seed S] [--date YYYY-MM-DD] [--runs R (default 2)] [--catalog DIR]
/// </summary>
internal static class NationalBench
{
    private const int Sample = 1_000;

    public static int Run(BenchOptions bench)
    {
        int persons = bench.Persons, runs = bench.Runs;
        ulong seed = bench.Seed;
        var date = bench.Date;
        Console.WriteLine($"  {persons:N0} synthetic persons, seed {seed}, evaluation date {date:yyyy-MM-dd}, best of {runs} evaluations");

        var options = new PopulationOptions { Seed = seed, Persons = persons, ReferenceDate = date };
        var catalog = Workloads.Compile(bench.Catalog);

        // The builder allocates every column once at its size, so it needs the counts first: a counting pass over
        // the same deterministic generator (not part of a run, which counts with one SQL query).
        var (households, _) = Measure.Run("generate, counting households", () => PopulationGenerator.Generate(options).Count());

        var sample = new List<(int Index, Household Household)>();
        int step = Math.Max(1, households / Sample);
        var (population, _) = Measure.Run("generate and stream into columns", () =>
        {
            var builder = new PopulationBuilder(households, persons, statusCapacity: persons, incomeCapacity: persons * 2);
            int h = 0;
            foreach (var household in PopulationGenerator.Generate(options))
            {
                builder.AddHousehold(household.Id);
                builder.SetHousing(household.Housing);
                foreach (var member in household.Members) builder.AddMember(member);
                if (h % step == 0) sample.Add((h, household));
                h++;
            }
            return builder.Build();
        });
        GC.Collect();
        Console.WriteLine($"  population: {population.HouseholdCount:N0} households, {population.PersonCount:N0} persons; " +
                          $"managed heap after building {GC.GetTotalMemory(false) / 1048576.0:N0} MiB; {Measure.PeakMemory()}");

        var (result, best) = Workloads.Best($"full catalog ({catalog.Rights.Count} rights)", runs, () => catalog.Evaluate(population, date));
        Console.WriteLine($"  {Measure.PeakMemory()} (whole process, generation included)");

        int bad = 0, compared = 0;
        foreach (var (h, household) in sample)
            foreach (var r in catalog.Evaluate(household, date, Language.En).Results)
            {
                int row = r.Beneficiary == "household" ? h : population.FirstPersonOf(h) + household.Members.ToList().FindIndex(m => m.Id == r.Beneficiary);
                compared++;
                if (result.Outcome(r.Right, row) != r.Outcome || result.Action(r.Right, row) != r.Action || result.Amount(r.Right, row) != r.Amount?.Value) bad++;
            }
        Console.WriteLine();
        Console.WriteLine($"  check: {compared:N0} results of {sample.Count:N0} sampled households {(bad == 0 ? "agree with one-by-one evaluation" : $"DIFFER in {bad} results")}");
        Console.WriteLine($"  evaluation  {best.WallSeconds,8:F2} s wall   {best.CpuSeconds:F2} s cpu   {population.PersonCount / best.WallSeconds / 1e6:F1} M persons/s (target: within 30 s)");
        Console.WriteLine($"  memory      {Process.GetCurrentProcess().PeakWorkingSet64 / 1073741824.0:F2} GiB peak working set (target: within 6 GiB)");
        return bad == 0 ? 0 : 1;
    }
}
