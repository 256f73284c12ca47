using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Evaluation;

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

    /// <summary>The value and doubt of a row-invariant node on a date, by the same rules as the explainer.</summary>
    public static (long Value, bool Doubt) Evaluate(BoundExpression node, long date)
    {
        switch (node)
        {
            case BoundLiteral literal: return (literal.Value, false);
            case BoundEvaluationDate: return (date, false);
            case BoundParameter p:
            {
                var on = p.On is null ? (date, false) : Evaluate(p.On, date);
                int index = p.Parameter.IndexOn(on.Item1);
                return (p.Parameter.ValueAt(index), on.Item2 || p.Parameter.IsDoubtful(index));
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
                byte doubt = Bit(dl || dr);
                long value = b.Operator switch
                {
                    BinaryOperator.And => Populations.Kleene.And(l, Bit(dl), r, Bit(dr), out doubt),
                    BinaryOperator.Or => Populations.Kleene.Or(l, Bit(dl), r, Bit(dr), out doubt),
                    _ => Ops.Binary(b.Operator, l, r),
                };
                return (value, doubt != 0);
            }
            case BoundCall c:
            {
                var args = c.Arguments.Select(a => Evaluate(a, date)).ToArray();
                long A(int i) => i < args.Length ? args[i].Value : Value.Unknown;
                return (Ops.Call(c.Function, A(0), A(1), A(2)), args.Any(a => a.Doubt));
            }
            case BoundIf f:
            {
                var (c, dc) = Evaluate(f.Condition, date);
                var (a, da) = Evaluate(f.Then, date);
                var (b, db) = Evaluate(f.Else, date);
                return c == Value.True ? (a, dc || da) : c == Value.False ? (b, dc || db) : (Value.Unknown, dc || da || db);
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

    private static byte Bit(bool b) => b ? (byte)1 : (byte)0;
}
