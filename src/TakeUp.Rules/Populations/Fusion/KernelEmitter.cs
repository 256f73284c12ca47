using System.Linq.Expressions;
using System.Reflection;
using TakeUp.Rules.Binding;
using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Compilation;
using TakeUp.Rules.Declarations;
using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Results;
using static System.Linq.Expressions.Expression;

namespace TakeUp.Rules.Populations.Fusion;

/// <summary>
/// Writes the fused kernel of a catalog on a date as one expression tree: a loop over households whose body
/// runs the stages of KernelSchedule, every value in locals, member loops of aggregates inline, each right's
/// decision written out as OutcomeRules.Decide and ChunkEvaluator's per-row decision do it. Row-invariant
/// nodes and the date are constants of the tree.
/// </summary>
internal sealed class KernelEmitter
{
    private readonly CompiledCatalog _catalog;
    private readonly KernelSchedule _schedule;
    private readonly DateOnly _day;
    private readonly long _date;
    private readonly List<ParameterExpression> _variables = [];
    private readonly KernelValues _values;
    private readonly KernelScans _scans;
    private readonly List<Expression> _prologue = [];
    private readonly Dictionary<string, ParameterExpression> _loaded = [];
    private readonly Dictionary<KernelStep, Val> _computed = [];
    private readonly Dictionary<KernelStep, int> _slots = [];
    private readonly ParameterExpression _frame = Parameter(typeof(KernelFrame), "frame");
    private readonly ParameterExpression _firstHousehold = Parameter(typeof(int), "firstHousehold");
    private readonly ParameterExpression _endHousehold = Parameter(typeof(int), "endHousehold");
    private readonly ParameterExpression _h, _first, _end, _reference, _size, _m, _k;
    private int _stage;

    private readonly IReadOnlySet<int> _exported;
    private readonly ParameterExpression? _flagged;

    /// <param name="exported">rights whose truth a later loop reads through entitled(): written to the frame's truth columns</param>
    /// <param name="speculative">
    /// write the kernel for households whose facts carry no flag: every flag that comes from the data (a missing
    /// or stale fact, status or income, a parameter looked up on a row's date, a right decided by an earlier
    /// loop) is or'ed into one local instead of being carried, and taken as 0 from there on, so that the doubt
    /// bookkeeping folds away. A household where that local is not 0 is added to the frame's Redo list: its
    /// results are only right if the general kernel computes them again (FusedKernel does).
    /// </param>
    public KernelEmitter(CompiledCatalog catalog, KernelSchedule schedule, DateOnly date, IReadOnlySet<int> exported, bool speculative = false)
    {
        _exported = exported;
        _catalog = catalog;
        _schedule = schedule;
        _day = date;
        _date = Value.Date(date);
        _values = new KernelValues(_variables);
        _scans = new KernelScans(_values, field => Load(field, field), () => Population);
        _h = _values.Add(Variable(typeof(int), "h"));
        _first = _values.Add(Variable(typeof(int), "first"));
        _end = _values.Add(Variable(typeof(int), "end"));
        _reference = _values.Add(Variable(typeof(int), "reference"));
        _size = _values.Add(Variable(typeof(long), "size"));
        _m = _values.Add(Variable(typeof(int), "m"));
        _k = _values.Add(Variable(typeof(int), "k"));
        foreach (var step in schedule.Order.Where(s => s.Spilled)) _slots[step] = _slots.Count;
        if (speculative) _flagged = _values.Int("flagged");
    }

    public int SpillSlots => _slots.Count;

    public Expression<Action<KernelFrame, int, int>> Build()
    {
        var household = new List<Expression>
        {
            Assign(_first, ArrayIndex(Load("memberStart", nameof(KernelFrame.MemberStart)), _h)),
            Assign(_end, ArrayIndex(Load("memberStart", nameof(KernelFrame.MemberStart)), Increment(_h))),
            Assign(_reference, ArrayIndex(Load("reference", nameof(KernelFrame.Reference)), _h)),
            Assign(_size, Expression.Multiply(Convert(Subtract(_end, _first), typeof(long)), Constant(Value.Scale))),
        };
        if (_flagged is not null) household.Add(Assign(_flagged, KernelValues.NoFlags));
        for (_stage = 0; _stage < _schedule.Stages; _stage++)
        {
            if (_stage % 2 == 0)
            {
                foreach (var step in _schedule.Order)
                    if (!step.InLoop && step.Accumulate < 0 && step.Stage == _stage) Emit(step, household);
                continue;
            }
            List<Expression> before = [], loop = [], after = [];
            foreach (var step in _schedule.Order)
            {
                if (step.InLoop && step.Stage == _stage) Emit(step, loop);
                else if (step.Accumulate == _stage) Accumulate(step, before, loop, after);
            }
            if (loop.Count == 0) continue;
            household.AddRange(before);
            household.Add(For(_m, _first, _end, loop));
            household.AddRange(after);
        }
        if (_flagged is not null)
            household.Add(IfThen(NotEqual(_flagged, KernelValues.NoFlags),
                Expression.Call(Load("redo", nameof(KernelFrame.Redo)), typeof(List<int>).GetMethod(nameof(List<int>.Add))!, _h)));
        var body = new List<Expression>(_prologue) { For(_h, _firstHousehold, _endHousehold, household) };
        return Lambda<Action<KernelFrame, int, int>>(Block(_variables, body), _frame, _firstHousehold, _endHousehold);
    }

    private static Expression For(ParameterExpression i, Expression from, Expression to, List<Expression> body)
    {
        var done = Label("done");
        return Block(
            Assign(i, from),
            Loop(IfThenElse(LessThan(i, to), Block(body.Append(PreIncrementAssign(i))), Break(done)), done));
    }

    /// <summary>A field of the frame (or an element of one) loaded into a local once per call.</summary>
    private ParameterExpression Load(string key, string field, int? index = null)
    {
        if (_loaded.TryGetValue(key, out var local)) return local;
        Expression value = Field(_frame, field);
        if (index is { } i) value = ArrayIndex(value, Constant(i));
        local = _values.Add(Variable(value.Type, key));
        _prologue.Add(Assign(local, value));
        _loaded[key] = local;
        return local;
    }

    private ParameterExpression Population => Load("population", nameof(KernelFrame.Population));

    // ---- steps ----

    private void Emit(KernelStep step, List<Expression> code)
    {
        var value = step.Right >= 0 ? Decide(step.Right, code) : Compute(step.Node!, code, null);
        _computed[step] = value;
        if (!step.Spilled) return;
        int slot = _slots[step];
        var index = Subtract(_m, _first);
        code.Add(Assign(ArrayAccess(Load($"spill{slot}", nameof(KernelFrame.SpillValues), slot), index), value.Value));
        if (!value.NoFlags) code.Add(Assign(ArrayAccess(Load($"spill{slot}_f", nameof(KernelFrame.SpillFlags), slot), index), value.Flags));
    }

    /// <summary>A step's value for a person: its locals when computed for this row in this loop, else its spill slot.</summary>
    private Val Read(KernelStep step, Expression person, bool currentRow, List<Expression> code)
    {
        if (!step.InLoop || (currentRow && step.Stage == _stage)) return _computed[step];
        if (!step.Spilled || step.Stage >= _stage)
            throw new InvalidOperationException("fused kernel: a value is read before it is ready (schedule and emitter disagree)");
        int slot = _slots[step];
        var index = Subtract(person, _first);
        if (_computed[step].NoFlags)
            return _values.Store(code, ArrayIndex(Load($"spill{slot}", nameof(KernelFrame.SpillValues), slot), index), KernelValues.NoFlags, "spilled");
        return _values.Store(code,
            ArrayIndex(Load($"spill{slot}", nameof(KernelFrame.SpillValues), slot), index),
            ArrayIndex(Load($"spill{slot}_f", nameof(KernelFrame.SpillFlags), slot), index), "spilled");
    }

    /// <summary>The person a member reference stands for in a scope, and whether that is the loop's own row.</summary>
    private (Expression Person, bool CurrentRow) Person(MemberRole role, Scope scope) => role switch
    {
        MemberRole.Reference => (_reference, false),
        MemberRole.Beneficiary => (_m, true),
        _ => scope == Scope.Pair ? (_k, false) : (_m, true),
    };

    /// <summary>A child's value: a constant, computed inline (pair scope), or a step's locals or spill slot.</summary>
    private Val Operand(BoundExpression node, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        if (ConstantFolding.IsRowInvariant(node))
        {
            var (value, flags) = ConstantFolding.Evaluate(node, _date);
            return Val.Of(value, flags);
        }
        if (node.Scope == Scope.Pair) return Compute(node, code, pair ?? throw new InvalidOperationException("pair value outside a pair loop"));
        return Read(_schedule.Step(node), _m, currentRow: true, code);
    }

    private int[] FreshSince(BoundExpression node) => _schedule.FreshSince[node];

    private Val Compute(BoundExpression node, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        if (pair is not null && pair.TryGetValue(node, out var known)) return known;
        var value = node switch
        {
            BoundMemberFact fact => MemberFact(fact, code),
            BoundHouseholdFact fact => Fact(ArrayIndex(Load($"household{fact.Field}", nameof(KernelFrame.HouseholdValues), (int)fact.Field), _h),
                ArrayIndex(Load($"household{fact.Field}_asof", nameof(KernelFrame.HouseholdAsOf), (int)fact.Field), _h), FreshSince(node)[(int)FactKind.Housing], code),
            BoundHouseholdSize => new Val(_size, KernelValues.NoFlags),
            BoundAge age => Age(age, code, pair),
            BoundHolds holds => Holds(holds, code, pair),
            BoundIncome income => Income(income, code, pair),
            BoundKnown known2 => new Val(KernelValues.Truth(Not(KernelValues.IsUnknown(Operand(known2.Operand, code, pair).Value))), KernelValues.NoFlags),
            BoundEntitled entitled => Entitled(entitled, code),
            BoundParameter parameter => ParameterOn(parameter, code, pair),
            BoundUnary unary => Unary(unary, code, pair),
            BoundBinary binary => Binary(binary, code, pair),
            BoundIn membership => In(membership, code, pair),
            BoundIf conditional => If(conditional, code, pair),
            BoundCall call => Call(call, code, pair),
            BoundGather gather => gather.Via == MemberRole.Iterated
                ? Read(_schedule.Step(gather.Inner), _k, currentRow: false, code)
                : Read(_schedule.Step(gather.Inner), _m, currentRow: true, code),
            BoundAggregate aggregate when KernelSchedule.IsHouseholdSize(aggregate) => new Val(_size, KernelValues.NoFlags),
            BoundAggregate aggregate => PairAggregate(aggregate, code),
            _ => throw new InvalidOperationException($"the fused kernel cannot evaluate {node.GetType().Name}"),
        };
        value = _values.Store(code, value.Value, value.Flags, node.GetType().Name[5..].ToLowerInvariant());
        pair?.Add(node, value);
        return value;
    }

    private Val MemberFact(BoundMemberFact fact, List<Expression> code)
    {
        var (person, _) = Person(fact.Member.Role, fact.Scope);
        int limit = fact.Field is MemberField.Relation or MemberField.PartnerKind ? int.MinValue : FreshSince(fact)[(int)fact.Kind];
        return Fact(ArrayIndex(Load($"member{fact.Field}", nameof(KernelFrame.MemberValues), (int)fact.Field), person),
            ArrayIndex(Load($"member{fact.Field}_asof", nameof(KernelFrame.MemberAsOf), (int)fact.Field), person), limit, code);
    }

    /// <summary>A fact's value: Missing when unknown, Stale when its as_of is before the freshness limit.</summary>
    private Val Fact(Expression value, Expression asOf, int freshSince, List<Expression> code)
    {
        var v = _values.Store(code, value, KernelValues.NoFlags, "fact").Value;
        Expression stale = KernelValues.NoFlags;
        if (freshSince != int.MinValue)
        {
            var a = _values.Int("asof");
            code.Add(Assign(a, asOf));
            stale = Condition(And(NotEqual(a, Constant(FactColumn.NoDate)), LessThan(a, Constant(freshSince))), Constant((int)Flags.Stale), KernelValues.NoFlags);
        }
        return FromData(code, new Val(v, Condition(KernelValues.IsUnknown(v), Constant((int)Flags.Missing), stale)));
    }

    /// <summary>
    /// A value whose flags come from the data: as it is, or in the speculative kernel with its flags or'ed
    /// into the household's flagged local and taken as 0.
    /// </summary>
    private Val FromData(List<Expression> code, Val value)
    {
        if (_flagged is null || value.NoFlags) return value;
        code.Add(OrAssign(_flagged, value.Flags));
        return new Val(value.Value, KernelValues.NoFlags);
    }

    private Val Age(BoundAge age, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        var (person, _) = Person(age.Member.Role, age.Scope);
        var birth = Fact(ArrayIndex(Load($"member{MemberField.BirthDate}", nameof(KernelFrame.MemberValues), (int)MemberField.BirthDate), person),
            ArrayIndex(Load($"member{MemberField.BirthDate}_asof", nameof(KernelFrame.MemberAsOf), (int)MemberField.BirthDate), person),
            FreshSince(age)[(int)FactKind.Register], code);
        birth = _values.Store(code, birth.Value, birth.Flags, "birth");
        var on = age.On is null ? Val.Of(_date) : Operand(age.On, code, pair);
        var years = on.Value is ConstantExpression { Value: long day } && day != Value.Unknown && Value.ToDate(day).Year > AgeOn.Years
            ? Expression.Call(Method(typeof(AgeOn), nameof(AgeOn.Age)), Cutoffs(day), on.Value, birth.Value)
            : Expression.Call(Method(typeof(Ops), nameof(Ops.Age)), birth.Value, on.Value);
        return new Val(years, KernelValues.Or(birth.Flags, on.Flags));
    }

    /// <summary>AgeOn's cutoffs for a day, in a local loaded once per call.</summary>
    private ParameterExpression Cutoffs(long day)
    {
        string key = $"cutoffs{day}";
        if (_loaded.TryGetValue(key, out var local)) return local;
        local = _values.Add(Variable(typeof(int[]), key));
        _prologue.Add(Assign(local, Constant(AgeOn.Cutoffs(Value.ToDate(day)))));
        _loaded[key] = local;
        return local;
    }

    private Val Holds(BoundHolds holds, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        var (person, _) = Person(holds.Member.Role, holds.Scope);
        var on = holds.On is null ? Val.Of(_date) : Operand(holds.On, code, pair);
        return FromData(code, _scans.Holds(code, person, Mask(holds.Statuses), on, holds.Months, FreshSince(holds)[(int)FactKind.Status]));
    }

    private Val Income(BoundIncome income, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        var (person, _) = Person(income.Member.Role, income.Scope);
        var year = Operand(income.Year, code, pair);
        return FromData(code, _scans.Income(code, person, year, income.Kinds is null ? ulong.MaxValue : Mask(income.Kinds), income.Net,
            FreshSince(income)[(int)FactKind.Income]));
    }

    private Val Entitled(BoundEntitled entitled, List<Expression> code)
    {
        var source = _schedule.Rights[entitled.Right];
        if (source is null)
        {
            // Decided by an earlier loop over these households: its truth column.
            var row = entitled.Member is null ? _h : Person(entitled.Member.Role, entitled.Scope).Person;
            int r = entitled.Right;
            return FromData(code, _values.Store(code, ArrayIndex(Load($"truth{r}", nameof(KernelFrame.TruthValues), r), row),
                ArrayIndex(Load($"truth{r}_f", nameof(KernelFrame.TruthFlags), r), row), "entitled"));
        }
        if (!source.InLoop) return _computed[source];
        var (person, current) = Person(entitled.Member!.Role, entitled.Scope);
        if (entitled.Scope == Scope.Household) current = false;
        return Read(source, person, current, code);
    }

    private Val ParameterOn(BoundParameter parameter, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        var on = Operand(parameter.On!, code, pair);
        var flags = _values.Int("param_f");
        var value = _values.Long("param");
        code.Add(Assign(value, Expression.Call(Method(typeof(KernelCalls), nameof(KernelCalls.ParameterOn)),
            Constant(parameter.Parameter), on.Value, flags)));
        return FromData(code, new Val(value, KernelValues.Or(on.Flags, flags)));
    }

    private Val Unary(BoundUnary unary, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        var operand = Operand(unary.Operand, code, pair);
        var a = operand.Value;
        var value = unary.Operator == UnaryOperator.Not ? KernelValues.Not(a) : Condition(KernelValues.IsUnknown(a), KernelValues.Unknown, Negate(a));
        return new Val(value, operand.Flags);
    }

    private Val Binary(BoundBinary binary, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        var left = Operand(binary.Left, code, pair);
        var right = Operand(binary.Right, code, pair);
        if (binary.Operator == BinaryOperator.And) return _values.And(code, left, right, "and");
        if (binary.Operator == BinaryOperator.Or) return _values.Or(code, left, right, "or");
        Expression a = left.Value, b = right.Value;
        Expression value = binary.Operator switch
        {
            BinaryOperator.Add => Condition(KernelValues.EitherUnknown(a, b), KernelValues.Unknown, Add(a, b)),
            BinaryOperator.Subtract => Condition(KernelValues.EitherUnknown(a, b), KernelValues.Unknown, Subtract(a, b)),
            BinaryOperator.Multiply => FixedPointMultiply(a, b),
            BinaryOperator.Divide => Expression.Call(Method(typeof(Ops), nameof(Ops.Divide)), a, b),
            _ => Condition(KernelValues.EitherUnknown(a, b), KernelValues.Unknown, KernelValues.Truth(binary.Operator switch
            {
                BinaryOperator.Equal => Equal(a, b),
                BinaryOperator.NotEqual => NotEqual(a, b),
                BinaryOperator.Less => LessThan(a, b),
                BinaryOperator.LessOrEqual => LessThanOrEqual(a, b),
                BinaryOperator.Greater => GreaterThan(a, b),
                _ => GreaterThanOrEqual(a, b),
            })),
        };
        return new Val(value, KernelValues.Or(left.Flags, right.Flags));
    }

    /// <summary>
    /// Ops.Multiply; by a constant whole number (4800 euro per member) the product is exact in fixed point,
    /// so it is written inline without rounding.
    /// </summary>
    private static Expression FixedPointMultiply(Expression a, Expression b)
    {
        if (a is ConstantExpression) (a, b) = (b, a);
        if (b is ConstantExpression { Value: long c } && c != Value.Unknown && c % Value.Scale == 0 && Math.Abs(c / Value.Scale) < 1_000_000)
            return Condition(KernelValues.IsUnknown(a), KernelValues.Unknown, Expression.Multiply(a, Constant(c / Value.Scale)));
        return Expression.Call(Method(typeof(Ops), nameof(Ops.Multiply)), a, b);
    }

    private Val In(BoundIn membership, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        var operand = Operand(membership.Operand, code, pair);
        var x = operand.Value;
        var bit = Convert(And(RightShift(Constant(Mask(membership.Codes.Select(c => (int)c).ToArray())), Convert(x, typeof(int))), Constant(1UL)), typeof(long));
        return new Val(Condition(KernelValues.IsUnknown(x), KernelValues.Unknown, bit), operand.Flags);
    }

    private Val If(BoundIf conditional, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        var c = Operand(conditional.Condition, code, pair);
        var a = Operand(conditional.Then, code, pair);
        var b = Operand(conditional.Else, code, pair);
        var value = Condition(Equal(c.Value, KernelValues.True), a.Value, Condition(Equal(c.Value, KernelValues.False), b.Value, KernelValues.Unknown));
        var flags = c.NoFlags && a.NoFlags && b.NoFlags ? KernelValues.NoFlags
            : Condition(Equal(c.Value, KernelValues.True), KernelValues.Or(c.Flags, a.Flags),
                Condition(Equal(c.Value, KernelValues.False), KernelValues.Or(c.Flags, b.Flags), KernelValues.Or(c.Flags, KernelValues.Or(a.Flags, b.Flags))));
        return new Val(value, flags);
    }

    private Val Call(BoundCall call, List<Expression> code, Dictionary<BoundExpression, Val>? pair)
    {
        var args = call.Arguments.Select(a => Operand(a, code, pair)).ToArray();
        var name = call.Function switch
        {
            BuiltIn.Year => nameof(Ops.Year),
            BuiltIn.Month => nameof(Ops.Month),
            BuiltIn.StartOfYear => nameof(Ops.StartOfYear),
            BuiltIn.MakeDate => nameof(Ops.MakeDate),
            BuiltIn.AddMonths => nameof(Ops.AddMonths),
            BuiltIn.DaysBetween => nameof(Ops.DaysBetween),
            BuiltIn.Min => nameof(Ops.Min),
            BuiltIn.Max => nameof(Ops.Max),
            _ => nameof(Ops.Round),
        };
        var method = Method(typeof(Ops), name);
        var value = Expression.Call(method, args.Take(method.GetParameters().Length).Select(a => a.Value));
        return new Val(value, args.Select(a => a.Flags).Aggregate(KernelValues.NoFlags, KernelValues.Or));
    }

    // ---- aggregates ----

    /// <summary>An aggregate over the household's members, accumulated in the member loop of its stage.</summary>
    private void Accumulate(KernelStep step, List<Expression> before, List<Expression> loop, List<Expression> after)
    {
        var aggregate = (BoundAggregate)step.Node!;
        _computed[step] = Aggregate(aggregate, before, loop, after, pair: null, member: _m);
    }

    /// <summary>An aggregate of a person-level right: a loop over the members of the row's household, inline.</summary>
    private Val PairAggregate(BoundAggregate aggregate, List<Expression> code)
    {
        List<Expression> before = [], loop = [], after = [];
        var value = Aggregate(aggregate, before, loop, after, pair: new(ReferenceEqualityComparer.Instance), member: _k);
        code.AddRange(before);
        code.Add(For(_k, _first, _end, loop));
        code.AddRange(after);
        return value;
    }

    /// <summary>The accumulation of ChunkEvaluator.Aggregate (and its EveryMember fast path), one member per iteration.</summary>
    private Val Aggregate(BoundAggregate aggregate, List<Expression> before, List<Expression> loop, List<Expression> after,
        Dictionary<BoundExpression, Val>? pair, ParameterExpression member)
    {
        var value = _values.Long("aggregate");
        var flags = _values.Int("aggregate_f");
        bool every = aggregate.Collection == Collection.Household && aggregate.Filter is null;
        var body = aggregate.Body is null ? (Val?)null : Operand(aggregate.Body, loop, pair);
        Val belongs = Val.Of(Value.True);
        if (!every)
        {
            if (aggregate.Collection != Collection.Household)
            {
                var (owner, _) = Person(aggregate.Of!.Role, aggregate.Inner);
                var mf = _values.Int("member_f");
                var mv = _values.Long("member");
                loop.Add(Assign(mv, Expression.Call(Method(typeof(KernelCalls), nameof(KernelCalls.Member)), Population,
                    Constant(aggregate.Collection), owner, member, Constant(FreshSince(aggregate)[(int)FactKind.Register]), mf)));
                belongs = FromData(loop, new Val(mv, mf));
            }
            if (aggregate.Filter is { } filter) belongs = _values.And(loop, belongs, Operand(filter, loop, pair), "filtered");
        }
        var acc = new Val(value, flags);
        // An accumulation of values without flags has none either: left out, so that what reads it folds too.
        var unflagged = new Val(value, KernelValues.NoFlags);
        switch (aggregate.Kind)
        {
            case AggregateKind.Any or AggregateKind.All:
            {
                bool any = aggregate.Kind == AggregateKind.Any;
                before.Add(Assign(value, any ? KernelValues.False : KernelValues.True));
                before.Add(Assign(flags, KernelValues.NoFlags));
                Val element;
                if (every) element = body!.Value;
                else if (any) element = _values.And(loop, belongs, body!.Value, "element");
                else
                {
                    // all: not a member, or the body holds
                    var outside = _values.Store(loop, KernelValues.Not(belongs.Value), belongs.Flags, "outside");
                    element = _values.Or(loop, outside, body!.Value, "element");
                }
                if (element.NoFlags) acc = unflagged;
                var next = any ? _values.Or(loop, acc, element, "any") : _values.And(loop, acc, element, "all");
                loop.Add(Assign(value, next.Value));
                loop.Add(Assign(flags, next.Flags));
                return acc;
            }
            case AggregateKind.Sum when every:
            {
                before.Add(Assign(value, Constant(0L)));
                before.Add(Assign(flags, KernelValues.NoFlags));
                var b = body!.Value;
                loop.Add(Assign(flags, KernelValues.Or(flags, b.Flags)));
                loop.Add(Assign(value, Condition(Or(KernelValues.IsUnknown(b.Value), KernelValues.IsUnknown(value)), KernelValues.Unknown, Add(value, b.Value))));
                return b.NoFlags ? unflagged : acc;
            }
            default:
            {
                var known = _values.Bool("known");
                before.Add(Assign(value, Constant(0L)));
                before.Add(Assign(flags, KernelValues.NoFlags));
                before.Add(Assign(known, Constant(true)));
                bool isSum = aggregate.Kind == AggregateKind.Sum;
                var term = isSum ? body!.Value.Value : Constant(Value.Scale);
                var step = new List<Expression>();
                if (isSum) step.Add(Assign(flags, KernelValues.Or(flags, body!.Value.Flags)));
                step.Add(IfThenElse(Or(KernelValues.IsUnknown(term), And(KernelValues.IsUnknown(belongs.Value), NotEqual(term, Constant(0L)))),
                    Assign(known, Constant(false)),
                    IfThen(Equal(belongs.Value, KernelValues.True), AddAssign(value, term))));
                loop.Add(Assign(flags, KernelValues.Or(flags, belongs.Flags)));
                loop.Add(IfThen(NotEqual(belongs.Value, KernelValues.False), Block(step)));
                after.Add(IfThenElse(known, Assign(flags, And(flags, Constant((int)Flags.Doubts))), Assign(value, KernelValues.Unknown)));
                return belongs.NoFlags && (!isSum || body!.Value.NoFlags) ? unflagged : acc;
            }
        }
    }

    // ---- decisions ----

    /// <summary>A right's outcome, action, amount and doubt for the row, written to its result columns; gives its truth for entitled().</summary>
    private Val Decide(int r, List<Expression> code)
    {
        var right = _catalog.Ordered[r];
        var row = right.IsPersonLevel ? _m : _h;
        var decisions = Load($"decisions{r}", nameof(KernelFrame.Decisions), r);
        var amounts = right.Amount is null ? null : Load($"amounts{r}", nameof(KernelFrame.Amounts), r);
        if (!right.InForceOn(_day))
        {
            code.Add(Assign(ArrayAccess(decisions, row), Constant(PopulationResult.RightColumns.Pack(Outcome.NotEligible, RightAction.None, false))));
            if (amounts is not null) code.Add(Assign(ArrayAccess(amounts, row), KernelValues.Unknown));
            Export(r, row, Val.Of(Value.False), code);
            return Val.Of(Value.False);
        }

        var all = Val.Of(Value.True);
        foreach (var condition in right.Conditions.Where(c => c.AppliesOn(_day)))
            all = _values.And(code, all, Operand(condition.When, code, null), "all");

        // The deciding ground (OutcomeRules.DecidingGround): the first that holds without a judgement, else the first that holds.
        var any = Val.Of(Value.False);
        var found = _values.Int("found"); // 0 none yet, 1 one that rests on a judgement, 2 a certain one
        var groundAction = _values.Int("ground_action");
        var groundJudged = _values.Bool("ground_judged");
        var groundFlags = _values.Int("ground_f");
        code.Add(Assign(found, Constant(0)));
        code.Add(Assign(groundAction, Constant((int)RightAction.None)));
        code.Add(Assign(groundJudged, Constant(false)));
        code.Add(Assign(groundFlags, KernelValues.NoFlags));
        bool groundsUnflagged = true;
        for (int g = 0; g < right.Grounds.Count; g++)
        {
            if (!right.Grounds[g].AppliesOn(_day)) continue;
            var ground = Operand(right.Grounds[g].When, code, null);
            groundsUnflagged &= ground.NoFlags;
            any = _values.Or(code, any, ground, "any");
            Expression Choose(int level, bool judged) => Block(
                Assign(found, Constant(level)), Assign(groundAction, Constant((int)right.Plan.GroundAction[g])),
                Assign(groundJudged, Constant(judged)), Assign(groundFlags, ground.Flags));
            Expression choice = right.Plan.GroundHasJudgement[g]
                ? IfThen(Equal(found, Constant(0)), Choose(1, true))
                : IfThenElse(And(LessThan(found, Constant(2)), Equal(And(ground.Flags, Constant((int)Flags.Judged)), Constant(0))),
                    Choose(2, false), IfThen(Equal(found, Constant(0)), Choose(1, false)));
            code.Add(IfThen(Equal(ground.Value, KernelValues.True), choice));
        }

        var result = _values.And(code, all, any, "result");
        var rv = result.Value;
        var isTrue = Equal(rv, KernelValues.True);
        // Without flags on the way in (the speculative kernel, mostly), the doubt is 0 and what depends on it folds.
        Expression doubt = KernelValues.NoFlags;
        if (!(all.NoFlags && groundsUnflagged && result.NoFlags))
        {
            var local = _values.Int("doubt");
            code.Add(Assign(local, Condition(isTrue, KernelValues.Or(all.Flags, groundFlags), result.Flags)));
            doubt = local;
        }
        Val amount = right.Amount is null ? Val.Of(Value.Unknown) : Operand(right.Amount, code, null);
        var money = _values.Long("money");
        code.Add(Assign(money, right.Amount is null ? KernelValues.Unknown : Condition(isTrue, amount.Value, KernelValues.Unknown)));
        var doubtful = _values.Bool("doubtful");
        var stale = Constant((int)Flags.Stale);
        code.Add(Assign(doubtful, Or(NotEqual(And(doubt, stale), Constant(0)),
            And(NotEqual(money, KernelValues.Unknown), NotEqual(And(amount.Flags, stale), Constant(0))))));
        var judged = _values.Bool("judged");
        code.Add(Assign(judged, And(isTrue, NotEqual(And(doubt, Constant((int)Flags.Judged)), Constant(0)))));

        var outcome = _values.Int("outcome");
        var action = _values.Int("action");
        var lawGapOnly = Equal(And(doubt, Constant(Flags.Missing | Flags.Gap)), Constant((int)Flags.Gap));
        code.Add(IfThenElse(Equal(rv, KernelValues.False),
            Block(Assign(outcome, Constant((int)Outcome.NotEligible)), Assign(action, Constant((int)RightAction.None))),
            IfThenElse(KernelValues.IsUnknown(rv),
                Block(Assign(outcome, Constant((int)Outcome.Unknown)),
                    Assign(action, Condition(lawGapOnly, Constant((int)RightAction.Propose), Constant((int)right.Plan.UnknownAction)))),
                Block(Assign(outcome, Condition(Or(groundJudged, judged), Constant((int)Outcome.LikelyEligible), Constant((int)Outcome.Eligible))),
                    Assign(action, Condition(And(Equal(groundAction, Constant((int)RightAction.Grant)), Or(doubtful, judged)),
                        Constant((int)RightAction.Propose), groundAction))))));

        code.Add(Assign(ArrayAccess(decisions, row), Convert(Expression.Or(Expression.Or(outcome,
            LeftShift(action, Constant(PopulationResult.RightColumns.ActionShift))),
            Condition(doubtful, Constant(PopulationResult.RightColumns.DoubtfulBit), Constant(0))), typeof(byte))));
        var holds = LessThanOrEqual(outcome, Constant((int)Outcome.LikelyEligible));
        if (amounts is not null) code.Add(Assign(ArrayAccess(amounts, row), Condition(holds, money, KernelValues.Unknown)));

        var truth = _values.Long("truth");
        var truthFlags = _values.Int("truth_f");
        code.Add(Assign(truth, Condition(holds, KernelValues.True, Condition(Equal(outcome, Constant((int)Outcome.NotEligible)), KernelValues.False, KernelValues.Unknown))));
        // Likely-eligible needs a judgement: a ground that rests on one, or a doubt that carries one.
        bool canBeJudged = doubt is not ConstantExpression || Enumerable.Range(0, right.Grounds.Count)
            .Any(g => right.Grounds[g].AppliesOn(_day) && right.Plan.GroundHasJudgement[g]);
        var decided = new Val(truth, canBeJudged ? truthFlags : KernelValues.NoFlags);
        if (canBeJudged)
            code.Add(Assign(truthFlags, Condition(Equal(outcome, Constant((int)Outcome.LikelyEligible)), Or(doubt, Constant((int)Flags.Judged)), doubt)));
        Export(r, row, decided, code);
        return decided;
    }

    private void Export(int r, Expression row, Val truth, List<Expression> code)
    {
        if (!_exported.Contains(r)) return;
        code.Add(Assign(ArrayAccess(Load($"truth{r}", nameof(KernelFrame.TruthValues), r), row), truth.Value));
        code.Add(Assign(ArrayAccess(Load($"truth{r}_f", nameof(KernelFrame.TruthFlags), r), row), truth.Flags));
    }

    private static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"{type.Name}.{name} not found");

    /// <summary>A set of codes as bits; every value set of the contract has fewer than 64 values.</summary>
    private static ulong Mask(int[] codes)
    {
        ulong mask = 0;
        foreach (int c in codes) mask |= 1UL << c;
        return mask;
    }
}
