using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Populations;

namespace TakeUp.Bench;

/// <summary>The same three simple rules, by the engine and by hand, on the same columns; checks they agree.</summary>
internal static class ThreeRulesBench
{
    public static int Run(BenchOptions options)
    {
        var catalog = Workloads.Compile(options.Catalog);
        var (_, population) = Workloads.Population(options);
        long Param(string path) => ((Rules.Compilation.CompiledCatalog)catalog).Parameters.Single(p => p.Path == path) is var p
            ? p.ValueAt(p.IndexOn(Value.Date(options.Date))) : 0;

        var (byHand, hand) = Workloads.Best("by hand, 1 thread", options.Runs, () =>
            ThreeRulesByHand.Evaluate(population, options.Date, Param("toy.vt_base"), Param("toy.vt_per_member"),
                Param("toy.heating_base"), Param("toy.heating_per_member")));
        int cores = Environment.ProcessorCount;
        var (_, handAll) = Workloads.Best($"by hand, {cores} threads", options.Runs, () =>
            ThreeRulesByHand.Evaluate(population, options.Date, Param("toy.vt_base"), Param("toy.vt_per_member"),
                Param("toy.heating_base"), Param("toy.heating_per_member"), cores));
        var (engine1, one) = Workloads.Best("engine, 1 thread", options.Runs, () => catalog.Evaluate(population, options.Date, maxThreads: 1));
        var (engine, all) = Workloads.Best($"engine, {Environment.ProcessorCount} threads", options.Runs, () => catalog.Evaluate(population, options.Date));

        int differences = 0;
        foreach (var result in new[] { engine1, engine })
            for (int h = 0; h < population.HouseholdCount; h++)
            {
                differences += Differs(result, "toy-vt", h, byHand.Vt[h]);
                differences += Differs(result, "toy-energy", h, byHand.Energy[h]);
                differences += Differs(result, "toy-heating", h, byHand.Heating[h]);
            }

        Console.WriteLine();
        Console.WriteLine($"  check: engine and hand-written rules {(differences == 0 ? "agree on every household" : $"DIFFER on {differences} results")}");
        Console.WriteLine($"  eligible households: toy-vt {Eligible(engine, "toy-vt"):N0}, toy-energy {Eligible(engine, "toy-energy"):N0}, toy-heating {Eligible(engine, "toy-heating"):N0}");
        Console.WriteLine($"  by hand          {hand.WallSeconds * 1000,8:F1} ms   {population.PersonCount / hand.WallSeconds / 1e6,6:F1} M persons/s");
        Console.WriteLine($"  by hand {cores} threads {handAll.WallSeconds * 1000,8:F1} ms   {population.PersonCount / handAll.WallSeconds / 1e6,6:F1} M persons/s");
        Console.WriteLine($"  engine 1 thread  {one.WallSeconds * 1000,8:F1} ms   {population.PersonCount / one.WallSeconds / 1e6,6:F1} M persons/s   {one.WallSeconds / hand.WallSeconds:F2}× by hand on 1 thread");
        Console.WriteLine($"  engine {cores} threads {all.WallSeconds * 1000,8:F1} ms   {population.PersonCount / all.WallSeconds / 1e6,6:F1} M persons/s   {all.WallSeconds / hand.WallSeconds:F2}× by hand on 1 thread, {all.WallSeconds / handAll.WallSeconds:F2}× by hand on {cores} threads");
        Console.WriteLine($"  {Measure.PeakMemory()}");
        return differences == 0 ? 0 : 1;
    }

    private static int Differs(PopulationResult result, string right, int h, byte expected) =>
        ThreeRulesByHand.Code(result.Outcome(right, h), result.Action(right, h)) == expected ? 0 : 1;

    private static int Eligible(PopulationResult result, string right) =>
        result.Count(right).GetValueOrDefault(Rules.Results.Outcome.Eligible);
}
