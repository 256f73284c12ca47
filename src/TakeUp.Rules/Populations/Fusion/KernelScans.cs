using System.Linq.Expressions;
using TakeUp.Rules.Evaluation;
using static System.Linq.Expressions.Expression;

namespace TakeUp.Rules.Populations.Fusion;

/// <summary>
/// The scans over one person's status periods and incomes, written inline into the kernel with the columns in
/// locals, as a hand-written loop would. The usual cases are decided inline; the rare one (statuses that only
/// cover the span together, or only when stale) calls KernelCalls.Holds, which has the full rule.
/// </summary>
internal sealed class KernelScans(KernelValues values, Func<string, ParameterExpression> column, Func<Expression> population)
{
    private readonly Dictionary<(List<Expression>, Expression, long, int), (ParameterExpression All, ParameterExpression Fresh)> _active = [];

    /// <summary>holds(p, codes…) on a day (and the months before it); the caller adds the day's own flags.</summary>
    public Val Holds(List<Expression> code, Expression person, ulong wanted, Val day, int months, int freshSince)
    {
        if (months == 0 && day.Value is ConstantExpression { Value: long fixedDay } && fixedDay != Value.Unknown)
            return HoldsOn(code, person, wanted, fixedDay, freshSince);
        var who = Int(code, person, "holder");
        var value = values.Long("holds");
        var flags = values.Int("holds_f");
        var unknownDay = Block(Assign(value, KernelValues.Unknown), Assign(flags, KernelValues.NoFlags));
        Expression known = Val.IsConstant(day.Value, Value.Unknown) ? unknownDay
            : day.Value is ConstantExpression ? Scan(who, value, flags, wanted, day, months, freshSince)
            : IfThenElse(KernelValues.IsUnknown(day.Value), unknownDay, Scan(who, value, flags, wanted, day, months, freshSince));
        code.Add(IfThenElse(ArrayIndex(column(nameof(KernelFrame.StatusesKnown)), who), known,
            Block(Assign(value, KernelValues.Unknown), Assign(flags, Constant((int)Flags.Missing)))));
        return new Val(value, KernelValues.Or(flags, day.Flags));
    }

    /// <summary>
    /// holds on a fixed day: the statuses whose periods cover the day, as bit masks (all of them, and the fresh
    /// ones), computed once per person in a loop body and shared by every holds of that person there. One period
    /// covering the day suffices, so held is "some covering period", stale when no covering period is fresh.
    /// </summary>
    private Val HoldsOn(List<Expression> code, Expression person, ulong wanted, long day, int freshSince)
    {
        var who = Int(code, person, "holder");
        if (!_active.TryGetValue((code, who, day, freshSince), out var masks))
        {
            var all = values.Add(Variable(typeof(ulong), "active"));
            var fresh = freshSince == int.MinValue ? all : values.Add(Variable(typeof(ulong), "active_fresh"));
            var s = values.Int("status");
            var end = values.Int("status_end");
            var bit = values.Add(Variable(typeof(ulong), "status_bit"));
            var covering = new List<Expression> { Assign(bit, LeftShift(Constant(1UL), ArrayIndex(column(nameof(KernelFrame.StatusCode)), s))), OrAssign(all, bit) };
            if (freshSince != int.MinValue)
                covering.Add(IfThen(Not(Stale(ArrayIndex(column(nameof(KernelFrame.StatusAsOf)), s), freshSince)), OrAssign(fresh, bit)));
            var done = Label("scanned");
            code.Add(Assign(all, Constant(0UL)));
            if (fresh != all) code.Add(Assign(fresh, Constant(0UL)));
            code.Add(Assign(s, ArrayIndex(column(nameof(KernelFrame.StatusStart)), who)));
            code.Add(Assign(end, ArrayIndex(column(nameof(KernelFrame.StatusStart)), Increment(who))));
            code.Add(Loop(IfThenElse(LessThan(s, end),
                Block(
                    IfThen(And(LessThanOrEqual(ArrayIndex(column(nameof(KernelFrame.StatusSince)), s), Constant((int)day)),
                        GreaterThanOrEqual(ArrayIndex(column(nameof(KernelFrame.StatusUntil)), s), Constant((int)day))), Block(covering)),
                    PreIncrementAssign(s)),
                Break(done)), done));
            masks = (all, fresh);
            _active[(code, who, day, freshSince)] = masks;
        }
        var known = ArrayIndex(column(nameof(KernelFrame.StatusesKnown)), who);
        var held = NotEqual(And(masks.All, Constant(wanted)), Constant(0UL));
        var value = Condition(known, KernelValues.Truth(held), KernelValues.Unknown);
        Expression stale = masks.Fresh == masks.All ? KernelValues.NoFlags
            : Condition(And(held, Equal(And(masks.Fresh, Constant(wanted)), Constant(0UL))), Constant((int)Flags.Stale), KernelValues.NoFlags);
        return values.Store(code, value, Condition(known, stale, Constant((int)Flags.Missing)), "holds");
    }

    /// <summary>The periods of a person whose statuses are known, on a known day.</summary>
    private Expression Scan(ParameterExpression who, ParameterExpression value, ParameterExpression flags, ulong wanted, Val day, int months, int freshSince)
    {
        var s = values.Int("status");
        var end = values.Int("status_end");
        var touching = values.Bool("touching");
        var dayI = day.Value is ConstantExpression c ? (Expression)Constant((int)(long)c.Value!) : Convert(day.Value, typeof(int));
        Expression since = months == 0 ? dayI
            : day.Value is ConstantExpression d ? Constant(Ops.HeldSince((int)(long)d.Value!, months))
            : Expression.Call(typeof(Ops).GetMethod(nameof(Ops.HeldSince))!, dayI, Constant(months));
        var sinceLocal = values.Int("since");
        var starts = column(nameof(KernelFrame.StatusSince));
        var ends = column(nameof(KernelFrame.StatusUntil));
        var done = Label("held");
        var period = And(
            NotEqual(And(RightShift(Constant(wanted), ArrayIndex(column(nameof(KernelFrame.StatusCode)), s)), Constant(1UL)), Constant(0UL)),
            And(LessThanOrEqual(ArrayIndex(starts, s), dayI), GreaterThanOrEqual(ArrayIndex(ends, s), sinceLocal)));
        var covers = And(LessThanOrEqual(ArrayIndex(starts, s), sinceLocal), LessThanOrEqual(dayI, ArrayIndex(ends, s)));
        if (freshSince != int.MinValue) covers = And(covers, Not(Stale(ArrayIndex(column(nameof(KernelFrame.StatusAsOf)), s), freshSince)));
        return Block(
            Assign(value, KernelValues.False),
            Assign(flags, KernelValues.NoFlags),
            Assign(touching, Constant(false)),
            Assign(sinceLocal, since),
            Assign(s, ArrayIndex(column(nameof(KernelFrame.StatusStart)), who)),
            Assign(end, ArrayIndex(column(nameof(KernelFrame.StatusStart)), Increment(who))),
            Loop(IfThenElse(LessThan(s, end),
                Block(
                    IfThen(period, IfThenElse(covers, Block(Assign(value, KernelValues.True), Break(done)), Assign(touching, Constant(true)))),
                    PreIncrementAssign(s)),
                Break(done)), done),
            IfThen(And(touching, Equal(value, KernelValues.False)), Block(
                Assign(flags, Expression.Call(typeof(KernelCalls).GetMethod(nameof(KernelCalls.HeldTogether))!, population(), who,
                    Constant(wanted), day.Value, Constant(months), Constant(freshSince))),
                Assign(value, Convert(And(flags, Constant(1)), typeof(long))),
                Assign(flags, RightShift(flags, Constant(1))))));
    }

    /// <summary>gross_income / net_monthly_income of one person for an income year, with the year's flags.</summary>
    public Val Income(List<Expression> code, Expression person, Val year, ulong kinds, bool net, int freshSince)
    {
        var who = Int(code, person, "earner");
        var value = values.Long("income");
        var flags = values.Int("income_f");
        var k = values.Int("entry");
        var end = values.Int("entry_end");
        var anyOfYear = values.Bool("any_of_year");
        var missing = values.Bool("missing");
        var doubt = values.Int("income_doubt");
        var amount = values.Long("amount");
        var wantedYear = year.Value is ConstantExpression c
            ? (Expression)Constant((int)((long)c.Value! / Value.Scale))
            : Convert(Divide(year.Value, Constant(Value.Scale)), typeof(int));
        Expression counted = Assign(amount, ArrayIndex(column(net ? nameof(KernelFrame.IncomeNet) : nameof(KernelFrame.IncomeGross)), k));
        Expression add = AddAssign(value, amount);
        if (freshSince != int.MinValue)
            add = Block(add, IfThen(Stale(ArrayIndex(column(nameof(KernelFrame.IncomeAsOf)), k), freshSince), Assign(doubt, Constant((int)Flags.Stale))));
        Expression entry = Block(counted, IfThenElse(KernelValues.IsUnknown(amount), Assign(missing, Constant(true)), add));
        if (kinds != ulong.MaxValue)
            entry = IfThen(NotEqual(And(RightShift(Constant(kinds), ArrayIndex(column(nameof(KernelFrame.IncomeKind)), k)), Constant(1UL)), Constant(0UL)), entry);
        var done = Label("summed");
        var unknown = Or(Not(anyOfYear), missing);
        var sum = Block(
            Assign(anyOfYear, Constant(false)),
            Assign(missing, Constant(false)),
            Assign(doubt, year.Flags),
            Assign(value, Constant(0L)),
            Loop(IfThenElse(LessThan(k, end),
                Block(
                    IfThen(Equal(ArrayIndex(column(nameof(KernelFrame.IncomeYear)), k), wantedYear), Block(Assign(anyOfYear, Constant(true)), entry)),
                    PreIncrementAssign(k)),
                Break(done)), done),
            Assign(flags, Or(Condition(anyOfYear, doubt, year.Flags), Condition(unknown, Constant((int)Flags.Missing), KernelValues.NoFlags))),
            IfThen(unknown, Assign(value, KernelValues.Unknown)));
        var entries = Block(
            Assign(k, ArrayIndex(column(nameof(KernelFrame.IncomeStart)), who)),
            Assign(end, ArrayIndex(column(nameof(KernelFrame.IncomeStart)), Increment(who))),
            IfThenElse(Equal(k, end), Block(Assign(value, Constant(0L)), Assign(flags, year.Flags)), sum));
        Expression known = year.Value is ConstantExpression
            ? Val.IsConstant(year.Value, Value.Unknown) ? Block(Assign(value, KernelValues.Unknown), Assign(flags, year.Flags)) : entries
            : IfThenElse(KernelValues.IsUnknown(year.Value), Block(Assign(value, KernelValues.Unknown), Assign(flags, year.Flags)), entries);
        code.Add(IfThenElse(ArrayIndex(column(nameof(KernelFrame.IncomesKnown)), who), known,
            Block(Assign(value, KernelValues.Unknown), Assign(flags, Or(year.Flags, Constant((int)Flags.Missing))))));
        return new Val(value, flags);
    }

    private static Expression Stale(Expression asOf, int freshSince) =>
        And(NotEqual(asOf, Constant(FactColumn.NoDate)), LessThan(asOf, Constant(freshSince)));

    private ParameterExpression Int(List<Expression> code, Expression person, string name)
    {
        if (person is ParameterExpression local) return local;
        var who = values.Int(name);
        code.Add(Assign(who, person));
        return who;
    }
}
