using TakeUp.Rules.Binding;
using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Compilation;

namespace TakeUp.Rules.Populations.Fusion;

/// <summary>
/// A catalog compiled, for one evaluation date, into fused loops over households that compute every right's
/// result (see KernelSchedule and KernelEmitter). A small catalog is one loop. A large one is cut into a few
/// groups of rights, one loop each, run one after the other on the same chunk of households: the JIT stops
/// optimising a method past a few thousand locals or blocks, which costs far more than a second pass over a
/// chunk that is still in cache. A right read by a later group through entitled() leaves its truth in a
/// column. The delegates are shared by all threads; each thread brings its own KernelFrame.
/// Each loop is compiled twice: the general kernel, and a speculative one for households whose facts carry no
/// flag (none missing or stale, no doubt from an earlier loop), where the doubt bookkeeping folds away. The
/// speculative one runs first on a chunk and lists the households where some flag turned up; the general one
/// then computes those again, overwriting their rows. When many households of a chunk need that, the next
/// chunks of that thread go to the general kernel directly for a while.
/// </summary>
internal sealed class FusedKernel
{
    /// <summary>About how many distinct nodes one loop may hold before the next group starts.</summary>
    private const int NodesPerLoop = 60;

    private readonly (Action<KernelFrame, int, int> Run, Action<KernelFrame, int, int>? Speculative, int SpillSlots)[] _loops;

    /// <summary>After a chunk where more than one household in RedoShare was redone, this many chunks skip the speculative kernel.</summary>
    private const int RedoShare = 8, GeneralChunks = 16;
    private readonly CompiledCatalog _catalog;
    private readonly bool[] _exported;

    private FusedKernel(CompiledCatalog catalog, (Action<KernelFrame, int, int>, Action<KernelFrame, int, int>?, int)[] loops, bool[] exported)
    {
        _catalog = catalog;
        _loops = loops;
        _exported = exported;
    }

    public int Loops => _loops.Length;

    /// <param name="nodesPerLoop">tests set it low to cut even a small catalog into several loops</param>
    /// <param name="speculate">false: the general kernel only (tests compare both)</param>
    public static FusedKernel Compile(CompiledCatalog catalog, DateOnly date, int nodesPerLoop = NodesPerLoop, bool speculate = true)
    {
        var groups = Groups(catalog, date, nodesPerLoop);
        var exported = new bool[catalog.Ordered.Count];
        for (int g = 1; g < groups.Count; g++)
            for (int r = groups[g].First; r < groups[g].End; r++)
                foreach (var root in KernelSchedule.ApplicableRoots(catalog.Ordered[r], date))
                    foreach (var entitled in BoundTree.Descendants(root).OfType<BoundEntitled>())
                        if (entitled.Right < groups[g].First) exported[entitled.Right] = true;
        var exportedSet = Enumerable.Range(0, exported.Length).Where(r => exported[r]).ToHashSet();
        var loops = groups.Select(group =>
        {
            var schedule = new KernelSchedule(catalog, date, group.First, group.End);
            var emitter = new KernelEmitter(catalog, schedule, date, exportedSet);
            var general = emitter.Build().Compile();
            var speculative = speculate ? new KernelEmitter(catalog, schedule, date, exportedSet, speculative: true).Build().Compile() : null;
            return (general, speculative, emitter.SpillSlots);
        }).ToArray();
        return new FusedKernel(catalog, loops, exported);
    }

    /// <summary>Consecutive rights (in evaluation order) with about NodesPerLoop distinct nodes each, at least one right each.</summary>
    private static List<(int First, int End)> Groups(CompiledCatalog catalog, DateOnly date, int nodesPerLoop)
    {
        var groups = new List<(int, int)>();
        var seen = new HashSet<BoundExpression>(ReferenceEqualityComparer.Instance);
        int first = 0;
        for (int r = 0; r < catalog.Ordered.Count; r++)
        {
            int before = seen.Count;
            var nodes = KernelSchedule.ApplicableRoots(catalog.Ordered[r], date).SelectMany(BoundTree.Descendants)
                .Where(n => !ConstantFolding.IsRowInvariant(n)).ToList();
            int added = nodes.Count(n => !seen.Contains(n));
            if (r > first && before + added > nodesPerLoop)
            {
                groups.Add((first, r));
                first = r;
                seen.Clear();
            }
            seen.UnionWith(nodes);
        }
        groups.Add((first, catalog.Ordered.Count));
        return groups;
    }

    /// <summary>The truth columns the loops share for one evaluation: a row per beneficiary for exported rights.</summary>
    public (long[][] Values, int[][] Flags) TruthColumns(Population population)
    {
        int Rows(int r) => !_exported[r] ? 0 : _catalog.Ordered[r].IsPersonLevel ? population.PersonCount : population.HouseholdCount;
        return (Enumerable.Range(0, _exported.Length).Select(r => new long[Rows(r)]).ToArray(),
            Enumerable.Range(0, _exported.Length).Select(r => new int[Rows(r)]).ToArray());
    }

    public KernelFrame[] Frames(Population population, PopulationResult result, int largestHousehold, (long[][] Values, int[][] Flags) truth) =>
        _loops.Select(l => new KernelFrame(population, result, _exported.Length, l.SpillSlots, largestHousehold, truth.Values, truth.Flags)).ToArray();

    /// <summary>Evaluates households [first, end) into the frames' result columns, one loop after the other.</summary>
    public void Run(KernelFrame[] frames, int firstHousehold, int endHousehold)
    {
        for (int l = 0; l < _loops.Length; l++)
        {
            var (general, speculative, _) = _loops[l];
            var frame = frames[l];
            if (speculative is null || frame.GeneralOnly > 0)
            {
                if (frame.GeneralOnly > 0) frame.GeneralOnly--;
                general(frame, firstHousehold, endHousehold);
                continue;
            }
            frame.Redo.Clear();
            speculative(frame, firstHousehold, endHousehold);
            foreach (int h in frame.Redo) general(frame, h, h + 1);
            frame.Speculated += endHousehold - firstHousehold;
            frame.Redone += frame.Redo.Count;
            if (frame.Redo.Count * RedoShare > endHousehold - firstHousehold) frame.GeneralOnly = GeneralChunks;
        }
    }
}
