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
            _ => Array.Empty<BoundExpression?>(),
        };
        return children.OfType<BoundExpression>();
    }
}
