using System.Linq.Expressions;
using TakeUp.Rules.Evaluation;
using static System.Linq.Expressions.Expression;

namespace TakeUp.Rules.Populations.Fusion;

/// <summary>A value of the language in the kernel: a long and its flag bits (Flags) as an int, each a local or a constant.</summary>
internal readonly record struct Val(Expression Value, Expression Flags)
{
    public static Val Of(long value, int flags = 0) => new(Constant(value), Constant(flags));

    public bool NoFlags => IsConstant(Flags, 0);

    public static bool IsConstant(Expression e, long value) =>
        e is ConstantExpression { Value: var v } && System.Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) == value;
}

/// <summary>
/// Builds the statements that compute a value into fresh locals, with the semantics of Ops and Kleene written
/// out inline (so the JIT sees one straight loop body), and flags left out where they are known to be zero.
/// </summary>
internal sealed class KernelValues
{
    public static readonly Expression Unknown = Constant(Value.Unknown);
    public static readonly Expression True = Constant(Value.True);
    public static readonly Expression False = Constant(Value.False);
    public static readonly Expression NoFlags = Constant(0);

    private readonly List<ParameterExpression> _variables;

    public KernelValues(List<ParameterExpression> variables) => _variables = variables;

    public ParameterExpression Long(string name) => Add(Variable(typeof(long), name + _variables.Count));

    public ParameterExpression Int(string name) => Add(Variable(typeof(int), name + _variables.Count));

    public ParameterExpression Bool(string name) => Add(Variable(typeof(bool), name));

    public ParameterExpression Add(ParameterExpression variable)
    {
        _variables.Add(variable);
        return variable;
    }

    /// <summary>Stores a computed value in new locals (constants and locals are kept as they are).</summary>
    public Val Store(List<Expression> code, Expression value, Expression flags, string name)
    {
        if (value is not (ConstantExpression or ParameterExpression))
        {
            var v = Long(name);
            code.Add(Assign(v, value));
            value = v;
        }
        if (flags is not (ConstantExpression or ParameterExpression))
        {
            var f = Int(name + "_f");
            code.Add(Assign(f, flags));
            flags = f;
        }
        return new Val(value, flags);
    }

    public static Expression Or(Expression a, Expression b) =>
        Val.IsConstant(a, 0) ? b : Val.IsConstant(b, 0) ? a : Expression.Or(a, b);

    public static Expression Truth(Expression condition) => Condition(condition, True, False);

    public static Expression IsUnknown(Expression a) =>
        a is ConstantExpression ? Constant(Val.IsConstant(a, Value.Unknown)) : Equal(a, Unknown);

    /// <summary>a or b is unknown, without testing a constant operand that is known.</summary>
    public static Expression EitherUnknown(Expression a, Expression b)
    {
        bool ca = a is ConstantExpression, cb = b is ConstantExpression;
        if (ca && !Val.IsConstant(a, Value.Unknown)) return IsUnknown(b);
        if (cb && !Val.IsConstant(b, Value.Unknown)) return IsUnknown(a);
        return Expression.Or(IsUnknown(a), IsUnknown(b));
    }

    /// <summary>Kleene and with the doubt rule of Kleene.And.</summary>
    public Val And(List<Expression> code, Val a, Val b, string name)
    {
        if (Val.IsConstant(a.Value, Value.True) && a.NoFlags) return b;
        if (Val.IsConstant(b.Value, Value.True) && b.NoFlags) return a;
        var v = Store(code, Condition(Expression.Or(Equal(a.Value, False), Equal(b.Value, False)), False,
            Condition(EitherUnknown(a.Value, b.Value), Unknown, True)), NoFlags, name).Value;
        return new Val(v, Decisive(code, v, False, a, b, name));
    }

    /// <summary>Kleene or with the doubt rule of Kleene.Or.</summary>
    public Val Or(List<Expression> code, Val a, Val b, string name)
    {
        if (Val.IsConstant(a.Value, Value.False) && a.NoFlags) return b;
        if (Val.IsConstant(b.Value, Value.False) && b.NoFlags) return a;
        var v = Store(code, Condition(Expression.Or(Equal(a.Value, True), Equal(b.Value, True)), True,
            Condition(EitherUnknown(a.Value, b.Value), Unknown, False)), NoFlags, name).Value;
        return new Val(v, Decisive(code, v, True, a, b, name));
    }

    /// <summary>A decisive result keeps a flag only when every decisive operand has it; any other result when any operand has it.</summary>
    private Expression Decisive(List<Expression> code, Expression v, Expression decisive, Val a, Val b, string name)
    {
        if (a.NoFlags && b.NoFlags) return NoFlags;
        var all = Constant((int)Flags.All);
        var decided = Expression.And(Condition(Equal(a.Value, decisive), a.Flags, all), Condition(Equal(b.Value, decisive), b.Flags, all));
        return Store(code, False, Condition(Equal(v, decisive), decided, Or(a.Flags, b.Flags)), name).Flags;
    }

    public static Expression Not(Expression a) => Condition(IsUnknown(a), Unknown, Subtract(True, a));
}
