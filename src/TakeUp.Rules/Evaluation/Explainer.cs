using TakeUp.Rules.Binding;
using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Declarations;
using TakeUp.Rules.Facts;

namespace TakeUp.Rules.Evaluation;

/// <summary>
/// Evaluates bound expressions for one household, keeping for every value the facts it rests on. It is the
/// reference semantics of the language: slow and plain on purpose. The population evaluator must give the
/// same values and doubts (a test proves it on many synthetic households).
/// </summary>
internal sealed class Explainer(HouseholdContext context)
{
    private readonly long _date = Value.Date(context.Date);

    public (long Value, Trace Trace) Eval(BoundExpression expression, Row row) => expression switch
    {
        BoundLiteral literal => (literal.Value, Trace.Empty),
        BoundEvaluationDate => (_date, Trace.Empty),
        BoundMemberFact fact => MemberFact(fact, Resolve(fact.Member, row)),
        BoundHouseholdFact fact => HouseholdFact(fact.Field),
        BoundHouseholdSize => (Value.Number(context.Members.Count), Trace.Empty),
        BoundAge age => Age(age, row),
        BoundHolds holds => Holds(holds, row),
        BoundIncome income => Income(income, row),
        BoundKnown known => Known(known, row),
        BoundEntitled entitled => context.Results[entitled.Right][entitled.Member is null ? 0 : Resolve(entitled.Member, row)],
        BoundParameter parameter => Parameter(parameter, row),
        BoundUnary unary => Unary(unary, row),
        BoundBinary binary => Binary(binary, row),
        BoundIn membership => In(membership, row),
        BoundIf conditional => If(conditional, row),
        BoundCall call => Call(call, row),
        BoundAggregate aggregate => Aggregate(aggregate, row),
        BoundGather gather => Eval(gather.Inner, row),
        _ => throw new InvalidOperationException($"cannot evaluate {expression.GetType().Name}"),
    };

    private int Resolve(BoundMember member, Row row) => member.Role switch
    {
        MemberRole.Beneficiary => row.Beneficiary,
        MemberRole.Reference => context.Reference,
        _ => row.Iterated,
    };

    private (long, Trace) Read<T>(Fact<T> fact, string path, FactKind kind, Func<T, long> encode) where T : struct
    {
        if (fact.Value is not { } value) return (Value.Unknown, Trace.OfMissing(path));
        return (encode(value), Trace.OfFact(path, fact.AsOf, context.IsStale(kind, fact.AsOf)));
    }

    private (long, Trace) MemberFact(BoundMemberFact fact, int index)
    {
        var m = context.Members[index];
        string path = $"{context.MemberPath(index)}.{FactFields.PathOf(fact.Field)}";
        var kind = fact.Kind;
        return fact.Field switch
        {
            MemberField.BirthDate => Read(m.BirthDate, path, kind, Value.Date),
            MemberField.Relation => ((long)m.Relation, Trace.OfFact(path, null, false)),
            MemberField.PartnerKind => m.PartnerKind is { } pk ? ((long)pk, Trace.OfFact(path, null, false)) : (Value.Unknown, Trace.OfMissing(path)),
            MemberField.Dependent => Read(m.Dependent, path, kind, Value.Truth),
            MemberField.RegisteredAtAddress => Read(m.RegisteredAtAddress, path, kind, Value.Truth),
            MemberField.Residence => Read(m.Residence, path, kind, r => (long)r),
            MemberField.RecognitionPercent => Read(m.RecognitionPercent, path, kind, Value.Number),
            MemberField.Pillar1Points => Read(m.Pillar1Points, path, kind, Value.Number),
            MemberField.ZorgtoeslagPoints => Read(m.ZorgtoeslagPoints, path, kind, Value.Number),
            _ => Read(m.AbroadDaysLastYear, path, kind, Value.Number),
        };
    }

    private (long, Trace) HouseholdFact(HouseholdField field)
    {
        var h = context.Household.Housing;
        string path = FactFields.PathOf(field);
        return field switch
        {
            HouseholdField.Tenure => Read(h.Tenure, path, FactKind.Housing, t => (long)t),
            HouseholdField.CollectiveHeating => Read(h.CollectiveHeating, path, FactKind.Housing, Value.Truth),
            HouseholdField.HeatingFuel => Read(h.HeatingFuel, path, FactKind.Housing, f => (long)f),
            HouseholdField.MonthlyRent => Read(h.MonthlyRent, path, FactKind.Housing, Value.Number),
            _ => Read(h.WaitingListSince, path, FactKind.Housing, Value.Date),
        };
    }

    private (long, Trace) Age(BoundAge age, Row row)
    {
        int index = Resolve(age.Member, row);
        var m = context.Members[index];
        var birth = Read(m.BirthDate, $"{context.MemberPath(index)}.birth_date", FactKind.Register, Value.Date);
        var on = age.On is null ? (_date, Trace.Empty) : Eval(age.On, row);
        long value = Ops.Age(birth.Item1, on.Item1);
        return (value, Trace.All([birth.Item2, on.Item2], value != Value.Unknown));
    }

    private (long, Trace) Holds(BoundHolds holds, Row row)
    {
        int index = Resolve(holds.Member, row);
        var on = holds.On is null ? (_date, Trace.Empty) : Eval(holds.On, row);
        var statuses = context.Members[index].Statuses;
        string path = $"{context.MemberPath(index)}.statuses";
        if (statuses is null) return (Value.Unknown, Trace.All([Trace.OfMissing(path), on.Item2], false));
        if (on.Item1 == Value.Unknown) return (Value.Unknown, on.Item2);
        int day = (int)on.Item1;
        int since = holds.Months > 0 ? Ops.HeldSince(day, holds.Months) : day;
        // The periods of the listed statuses that touch [since, day]; held when they cover it without a gap,
        // and doubtful when only stale ones do.
        var touching = new List<(int Since, int Until, FactUse Use)>();
        for (int i = 0; i < statuses.Count; i++)
        {
            var s = statuses[i];
            int until = s.Until?.DayNumber ?? int.MaxValue;
            if (!holds.Statuses.Contains((int)s.Status) || s.Since.DayNumber > day || until < since) continue;
            touching.Add((s.Since.DayNumber, until, new FactUse($"{path}[{i}]", s.AsOf, context.IsStale(FactKind.Status, s.AsOf))));
        }
        bool Covered(bool freshOnly)
        {
            var chosen = touching.Where(t => !freshOnly || !t.Use.Stale).ToList();
            var starts = chosen.Select(t => t.Since).ToArray();
            var ends = chosen.Select(t => t.Until).ToArray();
            return Coverage.Covers(starts, ends, chosen.Count, since, day);
        }
        if (!Covered(freshOnly: false)) return (Value.False, Trace.All([Trace.OfFact(path, null, false), on.Item2], true));
        var uses = touching.Select(t => t.Use).ToList();
        var doubts = Covered(freshOnly: true) ? [] : uses.Where(u => u.Stale).Cast<object>().ToList();
        return (Value.True, Trace.All([new Trace(uses, [], doubts, []), on.Item2], true));
    }

    private (long, Trace) Income(BoundIncome income, Row row)
    {
        int index = Resolve(income.Member, row);
        var year = Eval(income.Year, row);
        var incomes = context.Members[index].Incomes;
        string path = $"{context.MemberPath(index)}.incomes";
        if (incomes is null) return (Value.Unknown, Trace.All([Trace.OfMissing(path), year.Item2], false));
        if (year.Item1 == Value.Unknown) return (Value.Unknown, year.Item2);
        if (incomes.Count == 0) return (0, Trace.All([Trace.OfFact(path, null, false), year.Item2], true));

        int y = (int)(year.Item1 / Value.Scale);
        bool anyOfYear = false;
        long sum = 0;
        var used = new List<Trace> { year.Item2 };
        var missing = new List<Trace>();
        for (int i = 0; i < incomes.Count; i++)
        {
            var r = incomes[i];
            if (r.Year != y) continue;
            anyOfYear = true;
            if (income.Kinds is { } kinds && !kinds.Contains((int)r.Kind)) continue;
            decimal? amount = income.Net ? r.NetMonthly : r.GrossTaxable;
            string entry = $"{path}[{i}]";
            if (amount is null) { missing.Add(Trace.OfMissing($"{entry}.{(income.Net ? "net_monthly" : "gross_taxable")}")); continue; }
            sum += Value.Number(amount.Value);
            used.Add(Trace.OfFact(entry, r.AsOf, context.IsStale(FactKind.Income, r.AsOf)));
        }
        if (!anyOfYear) return (Value.Unknown, Trace.All([Trace.OfMissing(path), year.Item2], false));
        if (missing.Count > 0) return (Value.Unknown, Trace.All(used.Concat(missing), false));
        return (sum, Trace.All(used, true));
    }

    private (long, Trace) Known(BoundKnown known, Row row)
    {
        var (value, trace) = Eval(known.Operand, row);
        // Whether a fact is known does not depend on how old it is: no doubts.
        return (Value.Truth(value != Value.Unknown), new Trace(trace.Facts, trace.Parameters, [], []));
    }

    private (long, Trace) Parameter(BoundParameter parameter, Row row)
    {
        var on = parameter.On is null ? (_date, Trace.Empty) : Eval(parameter.On, row);
        if (on.Item1 == Value.Unknown) return (Value.Unknown, on.Item2);
        int index = parameter.Parameter.IndexOn(on.Item1);
        long value = parameter.Parameter.ValueAt(index);
        // Before the first value, or where a value is null, the law for that date is not encoded.
        var gap = Trace.OfGap(new ParameterGap(parameter.Parameter.Path, Value.ToDate(on.Item1)));
        if (index < 0) return (Value.Unknown, Trace.All([gap, on.Item2], false));
        var declared = parameter.Parameter.Declaration.Values[index];
        var use = Trace.OfParameter(new ParameterUse(parameter.Parameter.Path, declared.From, !parameter.Parameter.IsDoubtful(index)));
        return value == Value.Unknown ? (value, Trace.All([use, gap, on.Item2], false)) : (value, Trace.All([use, on.Item2], true));
    }

    private (long, Trace) Unary(BoundUnary unary, Row row)
    {
        var (value, trace) = Eval(unary.Operand, row);
        return (unary.Operator == UnaryOperator.Not ? Ops.Not(value) : Ops.Negate(value), trace);
    }

    private (long, Trace) Binary(BoundBinary binary, Row row)
    {
        var left = Eval(binary.Left, row);
        var right = Eval(binary.Right, row);
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
            return Trace.Combine(binary.Operator == BinaryOperator.And, [left, right]);
        long value = Ops.Binary(binary.Operator, left.Value, right.Value);
        return (value, Trace.All([left.Trace, right.Trace], value != Value.Unknown));
    }

    private (long, Trace) In(BoundIn membership, Row row)
    {
        var (value, trace) = Eval(membership.Operand, row);
        return (value == Value.Unknown ? Value.Unknown : Value.Truth(membership.Codes.Contains(value)), trace);
    }

    private (long, Trace) If(BoundIf conditional, Row row)
    {
        var condition = Eval(conditional.Condition, row);
        if (condition.Value == Value.True) return Chosen(condition, Eval(conditional.Then, row));
        if (condition.Value == Value.False) return Chosen(condition, Eval(conditional.Else, row));
        var a = Eval(conditional.Then, row);
        var b = Eval(conditional.Else, row);
        return (Value.Unknown, Trace.All([condition.Trace, a.Trace, b.Trace], false));
    }

    private static (long, Trace) Chosen((long Value, Trace Trace) condition, (long Value, Trace Trace) branch) =>
        (branch.Value, Trace.All([condition.Trace, branch.Trace], branch.Value != Value.Unknown));

    private (long, Trace) Call(BoundCall call, Row row)
    {
        var args = call.Arguments.Select(a => Eval(a, row)).ToArray();
        long A(int i) => i < args.Length ? args[i].Value : Value.Unknown;
        long value = Ops.Call(call.Function, A(0), A(1), A(2));
        return (value, Trace.All(args.Select(a => a.Trace), value != Value.Unknown));
    }

    /// <summary>Whether a member belongs to the aggregate's collection (and filter), with what that rests on.</summary>
    private (long Value, Trace Trace) Member(BoundAggregate aggregate, Row row, int member)
    {
        var inCollection = Traced.True;
        if (aggregate.Collection != Collection.Household)
        {
            int owner = Resolve(aggregate.Of!, row);
            inCollection = Membership.Of(aggregate.Collection, owner == member, context.Members[owner].Relation,
                context.Members[member].Relation, DependentOf(owner), DependentOf(member));
        }
        if (aggregate.Filter is null) return (inCollection.Value, inCollection.Trace);
        var filter = Eval(aggregate.Filter, row with { Iterated = member });
        return Trace.Combine(true, [(inCollection.Value, inCollection.Trace), filter]);
    }

    private Traced DependentOf(int member)
    {
        var (value, trace) = Read(context.Members[member].Dependent, $"{context.MemberPath(member)}.dependent", FactKind.Register, Value.Truth);
        return new Traced(value, trace);
    }

    private (long, Trace) Aggregate(BoundAggregate aggregate, Row row)
    {
        int count = context.Members.Count;
        switch (aggregate.Kind)
        {
            case AggregateKind.Any or AggregateKind.All:
            {
                bool isAny = aggregate.Kind == AggregateKind.Any;
                var elements = new List<(long, Trace)>(count);
                for (int i = 0; i < count; i++)
                {
                    var member = Member(aggregate, row, i);
                    var body = Eval(aggregate.Body!, row with { Iterated = i });
                    // any: member and body; all: not member or body.
                    elements.Add(isAny
                        ? Trace.Combine(true, [member, body])
                        : Trace.Combine(false, [(Ops.Not(member.Value), member.Trace), body]));
                }
                return Trace.Combine(!isAny, elements);
            }
            default:
            {
                long sum = 0;
                var traces = new List<Trace>();
                bool known = true;
                for (int i = 0; i < count; i++)
                {
                    var member = Member(aggregate, row, i);
                    traces.Add(member.Trace);
                    if (member.Value == Value.False) continue;
                    long term = Value.Scale;
                    if (aggregate.Kind == AggregateKind.Sum)
                    {
                        var body = Eval(aggregate.Body!, row with { Iterated = i });
                        traces.Add(body.Trace);
                        term = body.Value;
                    }
                    // An unknown member changes nothing when what it would add is zero.
                    if (term == Value.Unknown || (member.Value == Value.Unknown && term != 0)) known = false;
                    else if (member.Value == Value.True) sum += term;
                }
                return (known ? sum : Value.Unknown, Trace.All(traces, known));
            }
        }
    }
}
