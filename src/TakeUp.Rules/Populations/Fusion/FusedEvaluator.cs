using System.Collections.Concurrent;
using TakeUp.Rules.Compilation;

namespace TakeUp.Rules.Populations.Fusion;

/// <summary>
/// Evaluates a whole population with the catalog's fused kernel: households cut into ranges of a few
/// thousand persons, ranges run in parallel, one KernelFrame per thread. Gives the same columns as
/// PopulationEvaluator (the reference, node by node), which the equivalence tests check.
/// </summary>
internal static class FusedEvaluator
{

    /// <param name="statistics">when given, receives how many households (summed over the kernel's loops) the speculative kernel ran for and how many of them were redone</param>
    public static PopulationResult Evaluate(FusedKernel kernel, CompiledCatalog catalog, Population population, DateOnly date, int? maxThreads = null,
        KernelStatistics? statistics = null)
    {
        var result = new PopulationResult(catalog, population, date);
        var (chunks, largest) = Layouts.GetValue(population, Layout);
        var truth = kernel.TruthColumns(population);
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads ?? Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(0, chunks.Count, 1), options,
            () => kernel.Frames(population, result, largest, truth),
            (range, _, frames) =>
            {
                for (int c = range.Item1; c < range.Item2; c++) kernel.Run(frames, chunks[c].First, chunks[c].End);
                return frames;
            },
            frames =>
            {
                if (statistics is null) return;
                foreach (var frame in frames)
                {
                    Interlocked.Add(ref statistics.Speculated, frame.Speculated);
                    Interlocked.Add(ref statistics.Redone, frame.Redone);
                }
            });
        return result;
    }

    /// <summary>The chunks and the largest household of a population, once per population (a pass over all households).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Population, Tuple<List<(int First, int End)>, int>> Layouts = new();

    private static Tuple<List<(int First, int End)>, int> Layout(Population population)
    {
        int largest = 1;
        for (int h = 0; h < population.HouseholdCount; h++)
            largest = Math.Max(largest, population.MemberStart[h + 1] - population.MemberStart[h]);
        return Tuple.Create(PopulationEvaluator.Chunks(population), largest);
    }
}

/// <summary>What the speculative kernel did in one evaluation (see FusedKernel), for tests and benchmarks.</summary>
internal sealed class KernelStatistics
{
    public long Speculated, Redone;
}
