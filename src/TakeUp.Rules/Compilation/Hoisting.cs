using TakeUp.Rules.Binding;
using TakeUp.Rules.Binding.Nodes;

namespace TakeUp.Rules.Compilation;

/// <summary>
/// Inside an aggregate of a person-level right, rows are (beneficiary, member) pairs: a household of n has
/// n² of them. What such a row says of the member alone (holds(m, "igo"), m.age, gross_income(m, y)) is the
/// same for every beneficiary, so this pass moves it to one row per person and reads it back per pair
/// (BoundGather). Values do not change, only where they are computed; the explainer evaluates a gather as
/// its inner expression.
/// </summary>
internal static class Hoisting
{
    public static BoundRight Hoist(BoundRight right)
    {
        var done = new Dictionary<BoundExpression, BoundExpression>(ReferenceEqualityComparer.Instance);
        BoundRule Rule(BoundRule rule) => rule with { When = Rewrite(rule.When, done) };
        return right with
        {
            Conditions = right.Conditions.Select(Rule).ToList(),
            Grounds = right.Grounds.Select(Rule).ToList(),
            Amount = right.Amount is null ? null : Rewrite(right.Amount, done),
        };
    }

    private static BoundExpression Rewrite(BoundExpression node, Dictionary<BoundExpression, BoundExpression> done)
    {
        if (done.TryGetValue(node, out var result)) return result;
        if (node.Scope == Scope.Pair && node is not BoundMember && !ConstantFolding.IsRowInvariant(node))
        {
            bool beneficiary = Uses(node, MemberRole.Beneficiary), member = Uses(node, MemberRole.Iterated);
            if (!beneficiary) result = new BoundGather(InPersonScope(node), MemberRole.Iterated);
            else if (!member) result = new BoundGather(InPersonScope(node), MemberRole.Beneficiary);
        }
        result ??= BoundTree.Children(node).Any() ? BoundTree.With(node, child => Rewrite(child, done)) : node;
        done[node] = result;
        return result;
    }

    private static bool Uses(BoundExpression node, MemberRole role) =>
        BoundTree.Descendants(node).Any(n => n is BoundMember m && m.Role == role);

    /// <summary>
    /// The same expression with one row per person: there, both the beneficiary and the iterated member
    /// stand for the row's person, which is what the pair's member (or beneficiary) is.
    /// </summary>
    private static BoundExpression InPersonScope(BoundExpression node) =>
        BoundTree.With(node, InPersonScope, Scope.Person);
}
