using System.Collections.Concurrent;
using TakeUp.Rules.Binding;
using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Compilation;

namespace TakeUp.Rules.Populations;

/// <summary>
/// Evaluates a whole population: households are cut into chunks of a few thousand persons (small enough for
/// the columns of one chunk to stay in cache), and chunks run in parallel, each thread with its own buffers.
/// One pass per node: simple to check, and the reference the fused kernel (Fusion/, what ICatalog.Evaluate runs)
/// is tested against; CompiledCatalog.EvaluateByColumns runs it.
/// </summary>
internal static class PopulationEvaluator
{
    /// <summary>Small enough for the columns of one chunk to stay in cache; both population evaluators use it.</summary>
    internal const int PersonsPerChunk = 2048;

    public static PopulationResult Evaluate(CompiledCatalog catalog, Population population, DateOnly date, int? maxThreads = null)
    {
        var result = new PopulationResult(catalog, population, date);
        var chunks = Chunks(population);
        var (households, persons, pairs) = LargestChunk(population, chunks);
        var constants = Constants(catalog, households, persons, pairs, date);
        var freshSince = catalog.Ordered.Select(r => r.Plan.FreshSince(date)).ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads ?? Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(0, chunks.Count, 1), options,
            () => new ChunkEvaluator(population, catalog, result, date, constants, new ChunkBuffers(households, persons, pairs), freshSince),
            (range, _, evaluator) =>
            {
                for (int c = range.Item1; c < range.Item2; c++) evaluator.Evaluate(chunks[c].First, chunks[c].End);
                return evaluator;
            },
            _ => { });
        return result;
    }

    /// <summary>
    /// Every node whose value is the same for all rows, computed once and laid out as a column long enough for
    /// the largest chunk in its scope; chunks read these shared columns and never write them.
    /// </summary>
    private static Dictionary<BoundExpression, Column> Constants(CompiledCatalog catalog, int households, int persons, int pairs, DateOnly date)
    {
        var constants = new Dictionary<BoundExpression, Column>(ReferenceEqualityComparer.Instance);
        long day = Evaluation.Value.Date(date);
        foreach (var right in catalog.Ordered)
            foreach (var root in Catalogs.CatalogCompiler.Roots(right))
                foreach (var node in BoundTree.Descendants(root))
                {
                    if (constants.ContainsKey(node) || !ConstantFolding.IsRowInvariant(node)) continue;
                    var (value, flags) = ConstantFolding.Evaluate(node, day);
                    int rows = node.Scope switch { Scope.Household => households, Scope.Person => persons, _ => pairs };
                    var column = new Column(new long[rows], new byte[rows]);
                    Array.Fill(column.Values, value);
                    Array.Fill(column.Doubt, flags);
                    constants[node] = column;
                }
        return constants;
    }

    /// <summary>The most rows any chunk has in each scope: what the reusable buffers must hold.</summary>
    private static (int Households, int Persons, int Pairs) LargestChunk(Population population, List<(int First, int End)> chunks)
    {
        int households = 1, persons = 1, pairs = 1;
        foreach (var (first, end) in chunks)
        {
            households = Math.Max(households, end - first);
            persons = Math.Max(persons, population.MemberStart[end] - population.MemberStart[first]);
            int chunkPairs = 0;
            for (int h = first; h < end; h++)
            {
                int size = population.MemberStart[h + 1] - population.MemberStart[h];
                chunkPairs += size * size;
            }
            pairs = Math.Max(pairs, chunkPairs);
        }
        return (households, persons, pairs);
    }

    /// <summary>Households cut into runs of about <see cref="PersonsPerChunk"/> persons, never splitting a household.</summary>
    internal static List<(int First, int End)> Chunks(Population population)
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
