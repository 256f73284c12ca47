using System.Collections.Concurrent;
using TakeUp.Rules.Compilation;

namespace TakeUp.Rules.Populations;

/// <summary>
/// Evaluates a whole population: households are cut into chunks of a few thousand persons (small enough for
/// the columns of one chunk to stay in cache), and chunks run in parallel, each thread with its own buffers.
/// </summary>
internal static class PopulationEvaluator
{
    private const int PersonsPerChunk = 4096;

    public static PopulationResult Evaluate(CompiledCatalog catalog, Population population, DateOnly date, int? maxThreads = null)
    {
        var result = new PopulationResult(catalog, population, date);
        var chunks = Chunks(population);
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads ?? Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(0, chunks.Count, 1), options,
            () => new ChunkEvaluator(population, catalog, result, date),
            (range, _, evaluator) =>
            {
                for (int c = range.Item1; c < range.Item2; c++) evaluator.Evaluate(chunks[c].First, chunks[c].End);
                return evaluator;
            },
            _ => { });
        return result;
    }

    private static List<(int First, int End)> Chunks(Population population)
    {
        var chunks = new List<(int, int)>();
        int first = 0;
        for (int h = 0; h < population.HouseholdCount; h++)
        {
            if (population.MemberStart[h + 1] - population.MemberStart[first] >= PersonsPerChunk)
            {
                chunks.Add((first, h + 1));
                first = h + 1;
            }
        }
        if (first < population.HouseholdCount) chunks.Add((first, population.HouseholdCount));
        return chunks;
    }
}
