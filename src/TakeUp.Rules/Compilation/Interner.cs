using System.Text;
using TakeUp.Rules.Binding;
using TakeUp.Rules.Binding.Nodes;

namespace TakeUp.Rules.Compilation;

/// <summary>
/// Makes structurally identical subexpressions one node, within a right and across rights, so that the
/// population evaluator (which caches per node) computes each once. Two nodes are identical when they do the
/// same thing in the same scope on identical children, and, unless their value is the same for every row,
/// when their rights have the same freshness limits (the limits decide which facts are stale).
/// </summary>
internal sealed class Interner
{
    private readonly Dictionary<string, BoundExpression> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<BoundExpression, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BoundExpression, BoundExpression> _done = new(ReferenceEqualityComparer.Instance);

    public int Distinct => _byKey.Count;

    public BoundRight Intern(BoundRight right)
    {
        string freshness = string.Join(",", right.Declaration.Freshness.OrderBy(f => f.Key).Select(f => $"{f.Key}={f.Value}"));
        BoundRule Rule(BoundRule rule) => rule with { When = Canon(rule.When, freshness) };
        return right with
        {
            Conditions = right.Conditions.Select(Rule).ToList(),
            Grounds = right.Grounds.Select(Rule).ToList(),
            Amount = right.Amount is null ? null : Canon(right.Amount, freshness),
        };
    }

    private BoundExpression Canon(BoundExpression node, string freshness)
    {
        if (_done.TryGetValue(node, out var known)) return known;
        var rebuilt = Rebuild(node, freshness);
        var key = new StringBuilder().Append(rebuilt.GetType().Name).Append('|').Append(rebuilt.Scope).Append('|').Append(rebuilt.Type);
        if (!ConstantFolding.IsRowInvariant(rebuilt)) key.Append("|fresh:").Append(freshness);
        Describe(rebuilt, key);
        foreach (var child in BoundTree.Children(rebuilt)) key.Append("|#").Append(_ids[child]);
        if (!_byKey.TryGetValue(key.ToString(), out var canonical))
        {
            canonical = rebuilt;
            _byKey[key.ToString()] = canonical;
            _ids[canonical] = _ids.Count;
        }
        _done[node] = canonical;
        return canonical;
    }

    /// <summary>The node with canonical children; the node itself when it has none.</summary>
    private BoundExpression Rebuild(BoundExpression node, string freshness) =>
        BoundTree.Children(node).Any() ? BoundTree.With(node, child => Canon(child, freshness)) : node;

    /// <summary>What distinguishes a node of its kind apart from its children. Child order matters, and Children lists it fixed.</summary>
    private static void Describe(BoundExpression node, StringBuilder key)
    {
        switch (node)
        {
            case BoundLiteral x: key.Append('|').Append(x.Value); break;
            case BoundMember x: key.Append('|').Append(x.Role); break;
            case BoundMemberFact x: key.Append('|').Append(x.Field); break;
            case BoundHouseholdFact x: key.Append('|').Append(x.Field); break;
            case BoundAge x: key.Append(x.On is null ? "|today" : "|on"); break;
            case BoundHolds x: key.Append('|').Append(string.Join(',', x.Statuses)).Append('|').Append(x.Months).Append(x.On is null ? "|today" : "|on"); break;
            case BoundIncome x: key.Append('|').Append(x.Kinds is null ? "all" : string.Join(',', x.Kinds)).Append('|').Append(x.Net); break;
            case BoundEntitled x: key.Append('|').Append(x.Right).Append(x.Member is null ? "|household" : "|member"); break;
            case BoundParameter x: key.Append('|').Append(x.Parameter.Path).Append(x.On is null ? "|today" : "|on"); break;
            case BoundUnary x: key.Append('|').Append(x.Operator); break;
            case BoundBinary x: key.Append('|').Append(x.Operator); break;
            case BoundIn x: key.Append('|').Append(string.Join(',', x.Codes)); break;
            case BoundCall x: key.Append('|').Append(x.Function); break;
            case BoundGather x: key.Append('|').Append(x.Via); break;
            case BoundAggregate x:
                key.Append('|').Append(x.Kind).Append('|').Append(x.Collection)
                    .Append(x.Of is null ? "" : "|of").Append(x.Filter is null ? "" : "|filter").Append(x.Body is null ? "" : "|body");
                break;
        }
    }
}
