using TakeUp.Rules.Binding.Nodes;

namespace TakeUp.Rules.Binding;

internal static class BoundTree
{
    /// <summary>The node and every node below it, each once (definitions are shared between uses).</summary>
    public static IEnumerable<BoundExpression> Descendants(BoundExpression root)
    {
        var seen = new HashSet<BoundExpression>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<BoundExpression>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node)) continue;
            yield return node;
            foreach (var child in Children(node)) stack.Push(child);
        }
    }

    /// <summary>
    /// The same node with every child replaced by map(child), in the given scope (its own when null). Leaves
    /// without children come back as they are unless the scope changes.
    /// </summary>
    public static BoundExpression With(BoundExpression node, Func<BoundExpression, BoundExpression> map, Scope? scope = null)
    {
        var s = scope ?? node.Scope;
        BoundMember M(BoundMember m) => (BoundMember)map(m);
        BoundExpression? O(BoundExpression? e) => e is null ? null : map(e);
        return node switch
        {
            BoundLiteral x => scope is null ? x : new BoundLiteral(x.Value, x.Type, s),
            BoundEvaluationDate x => scope is null ? x : new BoundEvaluationDate(s),
            BoundMember x => scope is null ? x : new BoundMember(x.Role, s),
            BoundHouseholdFact x => scope is null ? x : new BoundHouseholdFact(x.Field, x.Type, s),
            BoundHouseholdSize x => scope is null ? x : new BoundHouseholdSize(s),
            BoundMemberFact x => new BoundMemberFact(M(x.Member), x.Field, x.Type, x.Kind, s),
            BoundAge x => new BoundAge(M(x.Member), O(x.On), s),
            BoundHolds x => new BoundHolds(M(x.Member), x.Statuses, O(x.On), x.Months, s),
            BoundIncome x => new BoundIncome(M(x.Member), map(x.Year), x.Kinds, x.Net, s),
            BoundKnown x => new BoundKnown(map(x.Operand), s),
            BoundEntitled x => new BoundEntitled(x.Right, x.Member is null ? null : M(x.Member), s) { RightId = x.RightId },
            BoundParameter x => new BoundParameter(x.Parameter, O(x.On), s),
            BoundUnary x => new BoundUnary(x.Operator, map(x.Operand), s),
            BoundBinary x => new BoundBinary(x.Operator, map(x.Left), map(x.Right), x.Type, s),
            BoundIn x => new BoundIn(map(x.Operand), x.Codes, s),
            BoundIf x => new BoundIf(map(x.Condition), map(x.Then), map(x.Else), s),
            BoundCall x => new BoundCall(x.Function, x.Arguments.Select(map).ToArray(), x.Type, s),
            BoundAggregate x => new BoundAggregate(x.Kind, x.Collection, x.Of is null ? null : M(x.Of), O(x.Filter), O(x.Body), x.Type, s),
            BoundGather x => new BoundGather(map(x.Inner), x.Via),
            _ => throw new InvalidOperationException($"cannot rebuild {node.GetType().Name}"),
        };
    }

    public static IEnumerable<BoundExpression> Children(BoundExpression node)
    {
        IEnumerable<BoundExpression?> children = node switch
        {
            BoundAge a => new BoundExpression?[] { a.Member, a.On },
            BoundHolds h => new BoundExpression?[] { h.Member, h.On },
            BoundIncome i => new BoundExpression?[] { i.Member, i.Year },
            BoundKnown k => new BoundExpression?[] { k.Operand },
            BoundEntitled e => new BoundExpression?[] { e.Member },
            BoundParameter p => new BoundExpression?[] { p.On },
            BoundUnary u => new BoundExpression?[] { u.Operand },
            BoundBinary b => new BoundExpression?[] { b.Left, b.Right },
            BoundIn n => new BoundExpression?[] { n.Operand },
            BoundIf f => new BoundExpression?[] { f.Condition, f.Then, f.Else },
            BoundCall c => c.Arguments,
            BoundAggregate g => new BoundExpression?[] { g.Of, g.Filter, g.Body },
            BoundMemberFact f => new BoundExpression?[] { f.Member },
            BoundGather g => new BoundExpression?[] { g.Inner },
            _ => Array.Empty<BoundExpression?>(),
        };
        return children.OfType<BoundExpression>();
    }
}
