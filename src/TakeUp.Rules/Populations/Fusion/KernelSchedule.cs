using TakeUp.Rules.Binding;
using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Compilation;

namespace TakeUp.Rules.Populations.Fusion;

/// <summary>
/// Decides where each piece of work of a catalog goes in the fused loop body that handles one household. The
/// body is a sequence of stages: even stages run once for the household, odd stages are one loop over its
/// members. Every step (a node in household or person scope, or a right's decision) goes in the earliest stage
/// of its kind where everything it reads is ready, so that steps of different rights share stages and member
/// loops, as a hand-written loop would. Nodes in pair scope are not steps: they are computed inside the member
/// loop of the person-level aggregate that uses them. Row-invariant nodes are constants.
/// </summary>
internal sealed class KernelSchedule
{
    private readonly Dictionary<BoundExpression, KernelStep> _steps = new(ReferenceEqualityComparer.Instance);
    private readonly List<KernelStep> _order = [];

    /// <param name="firstRight">the group of rights this loop decides: [firstRight, endRight) in evaluation order; earlier
    /// rights were decided by an earlier loop over the same households, and entitled() reads their truth columns</param>
    public KernelSchedule(CompiledCatalog catalog, DateOnly date, int firstRight, int endRight)
    {
        Rights = new KernelStep?[catalog.Ordered.Count];
        for (int r = firstRight; r < endRight; r++)
        {
            var right = catalog.Ordered[r];
            var freshSince = right.Plan.FreshSince(date);
            var deps = new List<(KernelStep, bool)>();
            if (right.InForceOn(date))
                foreach (var root in ApplicableRoots(right, date))
                    if (!ConstantFolding.IsRowInvariant(root)) deps.Add((Visit(root, freshSince), true));
            var step = new KernelStep(null, r, right.IsPersonLevel);
            Place(step, deps);
            Rights[r] = step;
            _order.Add(step);
        }
        Stages = _order.Count == 0 ? 0 : _order.Max(s => s.Stage) + 1;
    }

    /// <summary>Every step in an order where each comes after what it reads.</summary>
    public IReadOnlyList<KernelStep> Order => _order;

    /// <summary>The decision step of each right of the group, in evaluation order; null for rights outside it.</summary>
    public KernelStep?[] Rights { get; }

    public int Stages { get; }

    /// <summary>The freshness limits (per kind of fact) that apply to every node reached from some right.</summary>
    public Dictionary<BoundExpression, int[]> FreshSince { get; } = new(ReferenceEqualityComparer.Instance);

    public KernelStep Step(BoundExpression node) => _steps[node];

    public static IEnumerable<BoundExpression> ApplicableRoots(BoundRight right, DateOnly date) =>
        right.Conditions.Where(c => c.AppliesOn(date)).Select(c => c.When)
            .Concat(right.Grounds.Where(g => g.AppliesOn(date)).Select(g => g.When))
            .Concat(right.Amount is null ? [] : [right.Amount]);

    /// <summary>An aggregate that only counts the whole household: its size, no loop needed.</summary>
    public static bool IsHouseholdSize(BoundAggregate aggregate) =>
        aggregate is { Kind: AggregateKind.Count, Collection: Collection.Household, Filter: null };

    private KernelStep Visit(BoundExpression node, int[] freshSince)
    {
        if (_steps.TryGetValue(node, out var known)) return known;
        FreshSince[node] = freshSince;
        var deps = new List<(KernelStep Source, bool SameRow)>();
        var step = new KernelStep(node, -1, node.Scope != Scope.Household);
        switch (node)
        {
            case BoundAggregate a when IsHouseholdSize(a):
                break;
            case BoundAggregate a when a.Scope == Scope.Household:
                // Accumulated in a member loop; its value is ready in the household stage after that loop.
                foreach (var part in new[] { a.Filter, a.Body })
                    if (part is not null && !ConstantFolding.IsRowInvariant(part)) deps.Add((Visit(part, freshSince), true));
                step.InLoop = true;
                Place(step, deps);
                step.Accumulate = step.Stage;
                step.Stage++;
                step.InLoop = false;
                _steps[node] = step;
                _order.Add(step);
                return step;
            case BoundAggregate a:
                foreach (var part in new[] { a.Filter, a.Body })
                    if (part is not null) PairDeps(part, freshSince, deps);
                break;
            case BoundEntitled e:
                if (Rights[e.Right] is not null) deps.Add(EntitledDep(e));
                break;
            default:
                foreach (var child in BoundTree.Children(node))
                    if (child is not BoundMember && !ConstantFolding.IsRowInvariant(child)) deps.Add((Visit(child, freshSince), true));
                break;
        }
        Place(step, deps);
        _steps[node] = step;
        _order.Add(step);
        return step;
    }

    /// <summary>What a pair-scope subtree reads from outside itself: gathered person values and other rights.</summary>
    private void PairDeps(BoundExpression node, int[] freshSince, List<(KernelStep, bool)> deps)
    {
        if (node is BoundMember || ConstantFolding.IsRowInvariant(node)) return;
        FreshSince[node] = freshSince;
        switch (node)
        {
            case BoundGather g:
                deps.Add((Visit(g.Inner, freshSince), g.Via == MemberRole.Beneficiary));
                return;
            case BoundEntitled e:
                if (Rights[e.Right] is not null) deps.Add(EntitledDep(e));
                return;
        }
        foreach (var child in BoundTree.Children(node)) PairDeps(child, freshSince, deps);
    }

    /// <summary>Another right's decision; the same row when it is the row's own person (or household).</summary>
    private (KernelStep, bool) EntitledDep(BoundEntitled e)
    {
        var source = Rights[e.Right]!;
        bool sameRow = e.Member is { } member && member.Role switch
        {
            MemberRole.Reference => false,
            MemberRole.Beneficiary => e.Scope != Scope.Household,
            _ => e.Scope == Scope.Person,
        };
        return (source, sameRow);
    }

    /// <summary>
    /// The earliest stage of the step's kind after what it reads: a household value is ready for the stages
    /// after its own; a person value for later steps of the same row in its own loop, and for anything else
    /// (other rows, later stages) from the next stage on, through a spill slot per member.
    /// </summary>
    private static void Place(KernelStep step, List<(KernelStep Source, bool SameRow)> deps)
    {
        int need = step.InLoop ? 1 : 0;
        foreach (var (source, sameRow) in deps)
        {
            int s = source.Stage;
            if (source.InLoop) need = Math.Max(need, sameRow && step.InLoop ? s : s + (step.InLoop ? 2 : 1));
            else need = Math.Max(need, step.InLoop ? s + 1 : s);
        }
        if ((need % 2 == 1) != step.InLoop) need++;
        step.Stage = need;
        foreach (var (source, sameRow) in deps)
            if (source.InLoop && (!sameRow || !step.InLoop || source.Stage != need)) source.Spilled = true;
    }
}

/// <summary>One piece of work of the fused loop: a node's value, or (Node null) a right's decision.</summary>
internal sealed class KernelStep(BoundExpression? node, int right, bool inLoop)
{
    public BoundExpression? Node { get; } = node;

    /// <summary>The right's index in evaluation order for a decision, else -1.</summary>
    public int Right { get; } = right;

    /// <summary>Computed once per member (person scope, person-level rights), not once per household.</summary>
    public bool InLoop { get; set; } = inLoop;

    public int Stage { get; set; }

    /// <summary>For an aggregate over the household's members: the member loop that accumulates it, else -1.</summary>
    public int Accumulate { get; set; } = -1;

    /// <summary>Read from another row or a later stage: kept per member in a spill slot.</summary>
    public bool Spilled { get; set; }
}
