using TakeUp.Rules.Compilation;
using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Populations;

namespace TakeUp.Bench;

/// <summary>
/// The same three simple rules, by the engine and by hand, on the same columns; checks they agree. Runs are
/// interleaved (hand, engine, hand, engine, at 1 thread then at 2) so that a busy neighbour on a shared
/// machine slows both sides of a comparison alike; each ratio is the median over the rounds of the ratio
/// within a round, printed beside the best times.
/// </summary>
internal static class ThreeRulesBench
{
    public static int Run(BenchOptions options)
    {
        var catalog = (CompiledCatalog)Workloads.Compile(options.Catalog);
        var (_, population) = Workloads.Population(options);
        long Param(string path) => catalog.Parameters.Single(p => p.Path == path) is var p ? p.ValueAt(p.IndexOn(Value.Date(options.Date))) : 0;
        long vtBase = Param("toy.vt_base"), vtPerMember = Param("toy.vt_per_member");
        long heatingBase = Param("toy.heating_base"), heatingPerMember = Param("toy.heating_per_member");
        int cores = Environment.ProcessorCount;

        var (_, compile) = Measure.Run("compile the fused kernel for the date", () => catalog.Kernel(options.Date));
        var contenders = new (string Name, Func<object> Work)[]
        {
            ("by hand, 1 thread", () => ThreeRulesByHand.Evaluate(population, options.Date, vtBase, vtPerMember, heatingBase, heatingPerMember)),
            ("engine, 1 thread", () => catalog.Evaluate(population, options.Date, maxThreads: 1)),
            ($"by hand, {cores} threads", () => ThreeRulesByHand.Evaluate(population, options.Date, vtBase, vtPerMember, heatingBase, heatingPerMember, cores)),
            ($"engine, {cores} threads", () => catalog.Evaluate(population, options.Date)),
            ("column evaluator (reference), 1 thread", () => catalog.EvaluateByColumns(population, options.Date, maxThreads: 1)),
        };
        var times = contenders.Select(_ => new List<double>()).ToArray();
        var results = new object[contenders.Length];
        foreach (var (_, work) in contenders) work(); // warm-up
        for (int run = 0; run < options.Runs; run++)
            for (int c = 0; c < contenders.Length; c++)
            {
                var (result, m) = Measure.Run($"{contenders[c].Name} (run {run + 1})", contenders[c].Work);
                times[c].Add(m.WallSeconds);
                results[c] = result;
            }

        var byHand = (ThreeRulesByHand.Answers)results[0];
        int differences = 0;
        foreach (var result in new[] { results[1], results[3], results[4] }.Cast<PopulationResult>())
            for (int h = 0; h < population.HouseholdCount; h++)
            {
                differences += Differs(result, "toy-vt", h, byHand.Vt[h]);
                differences += Differs(result, "toy-energy", h, byHand.Energy[h]);
                differences += Differs(result, "toy-heating", h, byHand.Heating[h]);
            }

        var engine = (PopulationResult)results[3];
        Console.WriteLine();
        Console.WriteLine($"  check: engine (fused and column evaluator) and hand-written rules {(differences == 0 ? "agree on every household" : $"DIFFER on {differences} results")}");
        Console.WriteLine($"  eligible households: toy-vt {Eligible(engine, "toy-vt"):N0}, toy-energy {Eligible(engine, "toy-energy"):N0}, toy-heating {Eligible(engine, "toy-heating"):N0}");
        Console.WriteLine($"  fused kernel compiled once for the date in {compile.WallSeconds * 1000:F1} ms (not in the times below)");
        for (int c = 0; c < contenders.Length; c++)
        {
            double best = times[c].Min();
            string ratio = c switch
            {
                1 or 4 => $"   {Median(times[c], times[0]):F2}× by hand on 1 thread (median of {options.Runs} paired runs; best/best {best / times[0].Min():F2}×)",
                3 => $"   {Median(times[c], times[2]):F2}× by hand on {cores} threads (median of {options.Runs} paired runs; best/best {best / times[2].Min():F2}×)",
                _ => "",
            };
            Console.WriteLine($"  {contenders[c].Name,-40} {best * 1000,8:F1} ms   {population.PersonCount / best / 1e6,6:F1} M persons/s{ratio}");
        }
        Console.WriteLine($"  {Measure.PeakMemory()}");
        return differences == 0 ? 0 : 1;
    }

    private static double Median(List<double> engine, List<double> hand)
    {
        var ratios = engine.Zip(hand, (e, h) => e / h).Order().ToList();
        return ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[ratios.Count / 2 - 1] + ratios[ratios.Count / 2]) / 2;
    }

    private static int Differs(PopulationResult result, string right, int h, byte expected) =>
        ThreeRulesByHand.Code(result.Outcome(right, h), result.Action(right, h)) == expected ? 0 : 1;

    private static int Eligible(PopulationResult result, string right) =>
        result.Count(right).GetValueOrDefault(Rules.Results.Outcome.Eligible);
}
