using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Populations;

namespace TakeUp.Rules.Compilation;

/// <summary>
/// Finds the nodes whose value is the same for every row on a given date (literals, the date, parameters
/// looked up on a constant date, and operations on those) and computes them once. The population evaluator
/// then reads them instead of computing them per chunk; the explainer needs no such help.
/// </summary>
internal static class ConstantFolding
{
    public static bool IsRowInvariant(BoundExpression node) => node switch
    {
        BoundLiteral or BoundEvaluationDate => true,
        BoundParameter p => p.On is null || IsRowInvariant(p.On),
        BoundUnary u => IsRowInvariant(u.Operand),
        BoundBinary b => IsRowInvariant(b.Left) && IsRowInvariant(b.Right),
        BoundCall c => c.Arguments.All(IsRowInvariant),
        BoundIf f => IsRowInvariant(f.Condition) && IsRowInvariant(f.Then) && IsRowInvariant(f.Else),
        BoundIn n => IsRowInvariant(n.Operand),
        _ => false,
    };

    /// <summary>The value and flags (see Populations.Flags) of a row-invariant node on a date, by the same rules as the explainer.</summary>
    public static (long Value, byte Flags) Evaluate(BoundExpression node, long date)
    {
        switch (node)
        {
            case BoundLiteral literal: return (literal.Value, 0);
            case BoundEvaluationDate: return (date, 0);
            case BoundParameter p:
            {
                var on = p.On is null ? (date, (byte)0) : Evaluate(p.On, date);
                int index = p.Parameter.IndexOn(on.Item1);
                long value = p.Parameter.ValueAt(index);
                byte own = value != Value.Unknown ? (p.Parameter.IsDoubtful(index) ? Flags.Stale : (byte)0)
                    : on.Item1 == Value.Unknown ? (byte)0 : Flags.Gap;
                return (value, (byte)(on.Item2 | own));
            }
            case BoundUnary u:
            {
                var (v, d) = Evaluate(u.Operand, date);
                return (u.Operator == UnaryOperator.Not ? Ops.Not(v) : Ops.Negate(v), d);
            }
            case BoundBinary b:
            {
                var (l, dl) = Evaluate(b.Left, date);
                var (r, dr) = Evaluate(b.Right, date);
                byte doubt = (byte)(dl | dr);
                long value = b.Operator switch
                {
                    BinaryOperator.And => Populations.Kleene.And(l, dl, r, dr, out doubt),
                    BinaryOperator.Or => Populations.Kleene.Or(l, dl, r, dr, out doubt),
                    _ => Ops.Binary(b.Operator, l, r),
                };
                return (value, doubt);
            }
            case BoundCall c:
            {
                var args = c.Arguments.Select(a => Evaluate(a, date)).ToArray();
                long A(int i) => i < args.Length ? args[i].Value : Value.Unknown;
                return (Ops.Call(c.Function, A(0), A(1), A(2)), (byte)args.Aggregate(0, (f, a) => f | a.Flags));
            }
            case BoundIf f:
            {
                var (c, dc) = Evaluate(f.Condition, date);
                var (a, da) = Evaluate(f.Then, date);
                var (b, db) = Evaluate(f.Else, date);
                return c == Value.True ? (a, (byte)(dc | da)) : c == Value.False ? (b, (byte)(dc | db)) : (Value.Unknown, (byte)(dc | da | db));
            }
            case BoundIn n:
            {
                var (v, d) = Evaluate(n.Operand, date);
                return (v == Value.Unknown ? Value.Unknown : Value.Truth(n.Codes.Contains(v)), d);
            }
            default:
                throw new InvalidOperationException($"{node.GetType().Name} is not row-invariant");
        }
    }

}
