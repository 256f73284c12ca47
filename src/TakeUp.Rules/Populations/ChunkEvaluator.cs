using TakeUp.Rules.Binding;
using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Compilation;
using TakeUp.Rules.Declarations;
using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Facts;

namespace TakeUp.Rules.Populations;

/// <summary>
/// Evaluates every right for one chunk of consecutive households, node by node over whole columns. Rows are
/// chunk-local: households [0, nh), persons [0, np), pairs (person, member of the same household) [0, npairs).
/// The values and flags (Flags) must equal the explainer's row by row; keep the two in step when the language
/// grows. One instance per thread; its buffers are reused from chunk to chunk. Row-invariant nodes are not
/// computed here: they come precomputed in the shared constant columns.
/// </summary>
internal sealed class ChunkEvaluator
{
    private readonly Population _pop;
    private readonly CompiledCatalog _catalog;
    private readonly PopulationResult _result;
    private readonly long _date;
    private readonly DateOnly _day;
    private readonly int[][] _freshSinceByRight;
    private int[] _freshSince = [];
    private readonly Dictionary<BoundExpression, Column> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(MemberRole, Scope), int[]> _memberRows = [];
    private readonly Dictionary<Scope, int[]> _householdRows = [];
    private readonly ChunkBuffers _buffers;
    private readonly IReadOnlyDictionary<BoundExpression, Column> _constants;

    /// <summary>Per right (evaluation order), its outcome as a truth with flags, for entitled().</summary>
    private readonly Column[] _rights;

    private int _h0, _nh, _p0, _np, _npairs;
    private int[] _householdPersonStart = [];
    private int[] _pairStart = [];
    private int[] _pairPerson = [];
    private int[] _pairMember = [];
    private bool _pairsLaidOut;

    public ChunkEvaluator(Population population, CompiledCatalog catalog, PopulationResult result, DateOnly date,
        IReadOnlyDictionary<BoundExpression, Column> constants, ChunkBuffers buffers, int[][] freshSinceByRight)
    {
        _freshSinceByRight = freshSinceByRight;
        _constants = constants;
        _buffers = buffers;
        _pop = population;
        _catalog = catalog;
        _result = result;
        _day = date;
        _date = Value.Date(date);
        _rights = new Column[catalog.Ordered.Count];
    }

    public void Evaluate(int firstHousehold, int endHousehold)
    {
        _h0 = firstHousehold;
        _nh = endHousehold - firstHousehold;
        _p0 = _pop.MemberStart[firstHousehold];
        _np = _pop.MemberStart[endHousehold] - _p0;
        try
        {
            Layout();
            for (int r = 0; r < _catalog.Ordered.Count; r++) EvaluateRight(r);
        }
        finally
        {
            _cache.Clear();
            _memberRows.Clear();
            _householdRows.Clear();
            _buffers.Reset();
        }
    }

    private int[] RentInts(Scope scope) => _buffers.Ints(scope);

    private Column Rent(Scope scope) => _buffers.Column(scope);

    private void Layout()
    {
        _householdPersonStart = RentInts(Scope.Household);
        for (int h = 0; h <= _nh; h++) _householdPersonStart[h] = _pop.MemberStart[_h0 + h] - _p0;
        _pairsLaidOut = false;
    }

    /// <summary>Pairs are only needed by aggregates inside person-level rights; laid out on first use.</summary>
    private void LayoutPairs()
    {
        _pairsLaidOut = true;
        _pairStart = RentInts(Scope.Person);
        _npairs = 0;
        for (int h = 0; h < _nh; h++)
        {
            int size = _householdPersonStart[h + 1] - _householdPersonStart[h];
            for (int p = _householdPersonStart[h]; p < _householdPersonStart[h + 1]; p++)
            {
                _pairStart[p] = _npairs;
                _npairs += size;
            }
        }
        _pairStart[_np] = _npairs;
        _pairPerson = RentInts(Scope.Pair);
        _pairMember = RentInts(Scope.Pair);
        for (int h = 0; h < _nh; h++)
        {
            int first = _householdPersonStart[h], end = _householdPersonStart[h + 1];
            for (int p = first; p < end; p++)
            {
                int k = _pairStart[p];
                for (int m = first; m < end; m++, k++)
                {
                    _pairPerson[k] = p;
                    _pairMember[k] = m;
                }
            }
        }
    }

    private int Rows(Scope scope)
    {
        if (scope == Scope.Pair && !_pairsLaidOut) LayoutPairs();
        return scope switch { Scope.Household => _nh, Scope.Person => _np, _ => _npairs };
    }

    /// <summary>The global person row a member reference stands for, per row of a scope.</summary>
    private int[] MemberRows(MemberRole role, Scope scope)
    {
        if (_memberRows.TryGetValue((role, scope), out var rows)) return rows;
        int n = Rows(scope);
        rows = RentInts(scope);
        var hh = HouseholdRows(scope);
        for (int i = 0; i < n; i++)
        {
            rows[i] = role switch
            {
                MemberRole.Reference => _pop.Reference[hh[i]],
                MemberRole.Beneficiary => _p0 + (scope == Scope.Pair ? _pairPerson[i] : i),
                _ => _p0 + (scope == Scope.Pair ? _pairMember[i] : i),
            };
        }
        _memberRows[(role, scope)] = rows;
        return rows;
    }

    /// <summary>The global household row of each row of a scope.</summary>
    private int[] HouseholdRows(Scope scope)
    {
        if (_householdRows.TryGetValue(scope, out var rows)) return rows;
        int n = Rows(scope);
        rows = RentInts(scope);
        for (int i = 0; i < n; i++)
            rows[i] = scope switch
            {
                Scope.Household => _h0 + i,
                Scope.Person => _pop.HouseholdOf[_p0 + i],
                _ => _pop.HouseholdOf[_p0 + _pairPerson[i]],
            };
        _householdRows[scope] = rows;
        return rows;
    }

    private bool Stale(FactKind kind, int asOf) => asOf != FactColumn.NoDate && asOf < _freshSince[(int)kind];

    private void EvaluateRight(int r)
    {
        var right = _catalog.Ordered[r];
        _freshSince = _freshSinceByRight[r];
        var scope = right.IsPersonLevel ? Scope.Person : Scope.Household;
        int rows = Rows(scope), offset = right.IsPersonLevel ? _p0 : _h0;
        var truth = Rent(scope);
        _rights[r] = truth;
        var output = _result.Right(r);

        if (!right.InForceOn(_day))
        {
            for (int i = 0; i < rows; i++)
            {
                truth.Values[i] = Value.False;
                truth.Doubt[i] = 0;
                output.Decisions[offset + i] = PopulationResult.RightColumns.Pack(Results.Outcome.NotEligible, Results.RightAction.None, false);
                if (output.Amounts is not null) output.Amounts[offset + i] = Value.Unknown;
            }
            return;
        }

        var plan = right.Plan;
        var conditions = right.Conditions.Where(c => c.AppliesOn(_day)).Select(c => Eval(c.When)).ToArray();
        var groundIndex = new List<int>();
        var groundColumns = new List<Column>();
        for (int g = 0; g < right.Grounds.Count; g++)
            if (right.Grounds[g].AppliesOn(_day)) { groundIndex.Add(g); groundColumns.Add(Eval(right.Grounds[g].When)); }
        var grounds = groundColumns.ToArray();
        var indexes = groundIndex.ToArray();
        Column? amountColumn = right.Amount is null ? null : Eval(right.Amount);
        long[]? amountValues = amountColumn?.Values;
        byte[]? amountDoubt = amountColumn?.Doubt;

        var truthValues = truth.Values;
        var truthDoubt = truth.Doubt;
        var decisions = output.Decisions;
        var amounts = output.Amounts;
        for (int i = 0; i < rows; i++)
        {
            long all = Value.True;
            byte allDoubt = 0;
            for (int c = 0; c < conditions.Length; c++) all = Kleene.And(all, allDoubt, conditions[c].Values[i], conditions[c].Doubt[i], out allDoubt);
            long any = Value.False;
            byte anyDoubt = 0, firstDoubt = 0, certainDoubt = 0;
            int first = -1, certain = -1;
            for (int g = 0; g < grounds.Length; g++)
            {
                long value = grounds[g].Values[i];
                byte gd = grounds[g].Doubt[i];
                any = Kleene.Or(any, anyDoubt, value, gd, out anyDoubt);
                if (value != Value.True) continue;
                if (first < 0) { first = indexes[g]; firstDoubt = gd; }
                if (certain < 0 && !plan.GroundHasJudgement[indexes[g]] && (gd & Flags.Judged) == 0) { certain = indexes[g]; certainDoubt = gd; }
            }
            // A ground that holds for certain decides before one that rests on a judgement (OutcomeRules.DecidingGround).
            if (certain >= 0) { first = certain; firstDoubt = certainDoubt; }
            long result = Kleene.And(all, allDoubt, any, anyDoubt, out byte doubt);
            if (result == Value.True) doubt = (byte)(allDoubt | firstDoubt);
            long money = result == Value.True && amountValues is not null ? amountValues[i] : Value.Unknown;
            bool doubtful = (doubt & Flags.Stale) != 0 || (money != Value.Unknown && (amountDoubt![i] & Flags.Stale) != 0);
            bool judged = result == Value.True && (doubt & Flags.Judged) != 0;
            bool lawGapOnly = result == Value.Unknown && (doubt & (Flags.Missing | Flags.Gap)) == Flags.Gap;
            var (outcome, action) = OutcomeRules.Decide(plan, result, first, doubtful, judged, lawGapOnly);
            truthValues[i] = OutcomeRules.AsTruth(outcome);
            truthDoubt[i] = outcome == Results.Outcome.LikelyEligible ? (byte)(doubt | Flags.Judged) : doubt;
            int row = offset + i;
            decisions[row] = PopulationResult.RightColumns.Pack(outcome, action, doubtful);
            if (amounts is not null) amounts[row] = outcome is Results.Outcome.Eligible or Results.Outcome.LikelyEligible ? money : Value.Unknown;
        }
    }

    private Column Eval(BoundExpression node)
    {
        if (_cache.TryGetValue(node, out var cached)) return cached;
        if (_constants.TryGetValue(node, out var shared)) return shared;
        int n = Rows(node.Scope);
        var c = node is BoundAggregate aggregate ? Aggregate(aggregate, n) : Rent(node.Scope);
        var v = c.Values;
        var d = c.Doubt;
        switch (node)
        {
            case BoundAggregate:
                break;
            case BoundLiteral literal:
                Array.Fill(v, literal.Value, 0, n);
                Array.Clear(d, 0, n);
                break;
            case BoundEvaluationDate:
                Array.Fill(v, _date, 0, n);
                Array.Clear(d, 0, n);
                break;
            case BoundMemberFact fact:
            {
                var rows = MemberRows(fact.Member.Role, node.Scope);
                var column = _pop.Members[(int)fact.Field];
                for (int i = 0; i < n; i++)
                {
                    long value = column.Values[rows[i]];
                    v[i] = value;
                    d[i] = value == Value.Unknown ? Flags.Missing : Stale(fact.Kind, column.AsOf[rows[i]]) ? Flags.Stale : (byte)0;
                }
                break;
            }
            case BoundHouseholdFact fact:
            {
                var rows = HouseholdRows(node.Scope);
                var column = fact.Field switch
                {
                    HouseholdField.Tenure => _pop.Tenure,
                    HouseholdField.CollectiveHeating => _pop.CollectiveHeating,
                    HouseholdField.HeatingFuel => _pop.HeatingFuel,
                    HouseholdField.MonthlyRent => _pop.MonthlyRent,
                    _ => _pop.WaitingListSince,
                };
                for (int i = 0; i < n; i++)
                {
                    long value = column.Values[rows[i]];
                    v[i] = value;
                    d[i] = value == Value.Unknown ? Flags.Missing : Stale(FactKind.Housing, column.AsOf[rows[i]]) ? Flags.Stale : (byte)0;
                }
                break;
            }
            case BoundHouseholdSize:
            {
                var rows = HouseholdRows(node.Scope);
                for (int i = 0; i < n; i++)
                {
                    v[i] = Value.Number(_pop.MemberStart[rows[i] + 1] - _pop.MemberStart[rows[i]]);
                    d[i] = 0;
                }
                break;
            }
            case BoundAge age:
            {
                var rows = MemberRows(age.Member.Role, node.Scope);
                var birth = _pop.Members[(int)MemberField.BirthDate];
                Column? on = age.On is null ? null : Eval(age.On);
                for (int i = 0; i < n; i++)
                {
                    long b = birth.Values[rows[i]];
                    long day = on is { } o ? o.Values[i] : _date;
                    v[i] = Ops.Age(b, day);
                    byte birthFlags = b == Value.Unknown ? Flags.Missing : Stale(FactKind.Register, birth.AsOf[rows[i]]) ? Flags.Stale : (byte)0;
                    d[i] = (byte)(birthFlags | (on is { } o2 ? o2.Doubt[i] : 0));
                }
                break;
            }
            case BoundHolds holds:
                Holds(holds, n, v, d);
                break;
            case BoundIncome income:
                Income(income, n, v, d);
                break;
            case BoundKnown known:
            {
                var operand = Eval(known.Operand);
                for (int i = 0; i < n; i++)
                {
                    v[i] = Value.Truth(operand.Values[i] != Value.Unknown);
                    d[i] = 0;
                }
                break;
            }
            case BoundEntitled entitled:
            {
                var source = _rights[entitled.Right];
                int[] rows;
                int offset;
                if (entitled.Member is { } member) { rows = MemberRows(member.Role, node.Scope); offset = _p0; }
                else { rows = HouseholdRows(node.Scope); offset = _h0; }
                for (int i = 0; i < n; i++)
                {
                    v[i] = source.Values[rows[i] - offset];
                    d[i] = source.Doubt[rows[i] - offset];
                }
                break;
            }
            case BoundParameter parameter:
            {
                Column? on = parameter.On is null ? null : Eval(parameter.On);
                int constant = parameter.Parameter.IndexOn(_date);
                for (int i = 0; i < n; i++)
                {
                    long day = on is { } o ? o.Values[i] : _date;
                    int index = on is null ? constant : parameter.Parameter.IndexOn(day);
                    long value = parameter.Parameter.ValueAt(index);
                    v[i] = value;
                    byte own = value != Value.Unknown ? (parameter.Parameter.IsDoubtful(index) ? Flags.Stale : (byte)0)
                        : day == Value.Unknown ? (byte)0 : Flags.Gap;
                    d[i] = (byte)((on is { } o2 ? o2.Doubt[i] : 0) | own);
                }
                break;
            }
            case BoundUnary unary:
            {
                var operand = Eval(unary.Operand);
                bool not = unary.Operator == UnaryOperator.Not;
                for (int i = 0; i < n; i++)
                {
                    v[i] = not ? Ops.Not(operand.Values[i]) : Ops.Negate(operand.Values[i]);
                    d[i] = operand.Doubt[i];
                }
                break;
            }
            case BoundBinary binary:
                Binary(binary, n, v, d);
                break;
            case BoundIn membership:
            {
                var operand = Eval(membership.Operand);
                ulong codes = Mask(membership.Codes.Select(c => (int)c).ToArray());
                for (int i = 0; i < n; i++)
                {
                    long x = operand.Values[i];
                    v[i] = x == Value.Unknown ? Value.Unknown : (long)(codes >> (int)x & 1);
                    d[i] = operand.Doubt[i];
                }
                break;
            }
            case BoundIf conditional:
            {
                var cond = Eval(conditional.Condition);
                var a = Eval(conditional.Then);
                var b = Eval(conditional.Else);
                for (int i = 0; i < n; i++)
                {
                    long t = cond.Values[i];
                    if (t == Value.True) { v[i] = a.Values[i]; d[i] = (byte)(cond.Doubt[i] | a.Doubt[i]); }
                    else if (t == Value.False) { v[i] = b.Values[i]; d[i] = (byte)(cond.Doubt[i] | b.Doubt[i]); }
                    else { v[i] = Value.Unknown; d[i] = (byte)(cond.Doubt[i] | a.Doubt[i] | b.Doubt[i]); }
                }
                break;
            }
            case BoundCall call:
                Call(call, n, v, d);
                break;
            case BoundGather gather:
            {
                var inner = Eval(gather.Inner);
                var via = gather.Via == MemberRole.Iterated ? _pairMember : _pairPerson;
                for (int i = 0; i < n; i++)
                {
                    v[i] = inner.Values[via[i]];
                    d[i] = inner.Doubt[via[i]];
                }
                break;
            }
            default:
                throw new InvalidOperationException($"cannot evaluate {node.GetType().Name} over a population");
        }
        _cache[node] = c;
        return c;
    }

    private void Binary(BoundBinary binary, int n, long[] v, byte[] d)
    {
        var left = Eval(binary.Left);
        var right = Eval(binary.Right);
        long[] a = left.Values, b = right.Values;
        byte[] da = left.Doubt, db = right.Doubt;
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                for (int i = 0; i < n; i++) v[i] = Kleene.And(a[i], da[i], b[i], db[i], out d[i]);
                return;
            case BinaryOperator.Or:
                for (int i = 0; i < n; i++) v[i] = Kleene.Or(a[i], da[i], b[i], db[i], out d[i]);
                return;
            case BinaryOperator.Add:
                for (int i = 0; i < n; i++) v[i] = Ops.Add(a[i], b[i]);
                break;
            case BinaryOperator.Subtract:
                for (int i = 0; i < n; i++) v[i] = Ops.Subtract(a[i], b[i]);
                break;
            case BinaryOperator.Multiply:
                for (int i = 0; i < n; i++) v[i] = Ops.Multiply(a[i], b[i]);
                break;
            case BinaryOperator.Divide:
                for (int i = 0; i < n; i++) v[i] = Ops.Divide(a[i], b[i]);
                break;
            default:
                Compare(binary.Operator, a, b, v, n);
                break;
        }
        for (int i = 0; i < n; i++) d[i] = (byte)(da[i] | db[i]);
    }

    /// <summary>One loop per operator: the operator is the same for every row, so it is not decided per row.</summary>
    private static void Compare(BinaryOperator op, long[] a, long[] b, long[] v, int n)
    {
        const long U = Value.Unknown;
        switch (op)
        {
            case BinaryOperator.Equal: for (int i = 0; i < n; i++) v[i] = a[i] == U || b[i] == U ? U : a[i] == b[i] ? 1 : 0; break;
            case BinaryOperator.NotEqual: for (int i = 0; i < n; i++) v[i] = a[i] == U || b[i] == U ? U : a[i] != b[i] ? 1 : 0; break;
            case BinaryOperator.Less: for (int i = 0; i < n; i++) v[i] = a[i] == U || b[i] == U ? U : a[i] < b[i] ? 1 : 0; break;
            case BinaryOperator.LessOrEqual: for (int i = 0; i < n; i++) v[i] = a[i] == U || b[i] == U ? U : a[i] <= b[i] ? 1 : 0; break;
            case BinaryOperator.Greater: for (int i = 0; i < n; i++) v[i] = a[i] == U || b[i] == U ? U : a[i] > b[i] ? 1 : 0; break;
            default: for (int i = 0; i < n; i++) v[i] = a[i] == U || b[i] == U ? U : a[i] >= b[i] ? 1 : 0; break;
        }
    }

    private void Call(BoundCall call, int n, long[] v, byte[] d)
    {
        var args = call.Arguments.Select(Eval).ToArray();
        var a0 = args[0].Values;
        var a1 = args.Length > 1 ? args[1].Values : null;
        var a2 = args.Length > 2 ? args[2].Values : null;
        // Calls are rare on hot paths (most, like year(date), are folded to constants): one shared table.
        for (int i = 0; i < n; i++)
            v[i] = Ops.Call(call.Function, a0[i], a1 is null ? Value.Unknown : a1[i], a2 is null ? Value.Unknown : a2[i]);
        for (int i = 0; i < n; i++)
        {
            byte doubt = 0;
            foreach (var arg in args) doubt |= arg.Doubt[i];
            d[i] = doubt;
        }
    }

    private void Holds(BoundHolds holds, int n, long[] v, byte[] d)
    {
        var rows = MemberRows(holds.Member.Role, holds.Scope);
        Column? on = holds.On is null ? null : Eval(holds.On);
        ulong wanted = Mask(holds.Statuses);
        for (int i = 0; i < n; i++)
        {
            int p = rows[i];
            byte onDoubt = on is { } o ? o.Doubt[i] : (byte)0;
            long day = on is { } o2 ? o2.Values[i] : _date;
            if (!_pop.StatusesKnown[p]) { v[i] = Value.Unknown; d[i] = (byte)(onDoubt | Flags.Missing); continue; }
            if (day == Value.Unknown) { v[i] = Value.Unknown; d[i] = onDoubt; continue; }
            int since = holds.Months > 0 ? Ops.HeldSince((int)day, holds.Months) : (int)day;
            int first = _pop.StatusStart[p], end = _pop.StatusStart[p + 1];
            // Usual case first: one fresh period covers the whole span by itself, so it holds and is fresh.
            bool single = false;
            for (int s = first; s < end && !single; s++)
                single = (wanted >> _pop.StatusCode[s] & 1) != 0 && _pop.StatusSince[s] <= since && day <= _pop.StatusUntil[s]
                    && !Stale(FactKind.Status, _pop.StatusAsOf[s]);
            if (single) { v[i] = Value.True; d[i] = onDoubt; continue; }
            int touching = 0, fresh = 0;
            for (int s = first; s < end; s++)
            {
                if ((wanted >> _pop.StatusCode[s] & 1) == 0 || _pop.StatusSince[s] > day || _pop.StatusUntil[s] < since) continue;
                if (touching == _allSince.Length) Array.Resize(ref _allSince, touching * 2);
                if (touching == _allUntil.Length) Array.Resize(ref _allUntil, touching * 2);
                _allSince[touching] = _pop.StatusSince[s];
                _allUntil[touching] = _pop.StatusUntil[s];
                touching++;
                if (!Stale(FactKind.Status, _pop.StatusAsOf[s]))
                {
                    if (fresh == _freshSinceDays.Length) Array.Resize(ref _freshSinceDays, fresh * 2);
                    if (fresh == _freshUntil.Length) Array.Resize(ref _freshUntil, fresh * 2);
                    _freshSinceDays[fresh] = _pop.StatusSince[s];
                    _freshUntil[fresh] = _pop.StatusUntil[s];
                    fresh++;
                }
            }
            bool held = touching > 0 && Coverage.Covers(_allSince, _allUntil, touching, since, (int)day);
            bool heldFresh = held && fresh > 0 && Coverage.Covers(_freshSinceDays, _freshUntil, fresh, since, (int)day);
            v[i] = Value.Truth(held);
            d[i] = (byte)(onDoubt | (held && !heldFresh ? 1 : 0));
        }
    }

    // Scratch for status periods of one person (grown when someone has more).
    private int[] _allSince = new int[8], _allUntil = new int[8], _freshSinceDays = new int[8], _freshUntil = new int[8];

    private void Income(BoundIncome income, int n, long[] v, byte[] d)
    {
        var rows = MemberRows(income.Member.Role, income.Scope);
        var year = Eval(income.Year);
        ulong kinds = income.Kinds is null ? ulong.MaxValue : Mask(income.Kinds);
        var amounts = income.Net ? _pop.IncomeNet : _pop.IncomeGross;
        for (int i = 0; i < n; i++)
        {
            int p = rows[i];
            byte doubt = year.Doubt[i];
            long y = year.Values[i];
            int first = _pop.IncomeStart[p], end = _pop.IncomeStart[p + 1];
            if (!_pop.IncomesKnown[p]) { v[i] = Value.Unknown; d[i] = (byte)(doubt | Flags.Missing); continue; }
            if (y == Value.Unknown) { v[i] = Value.Unknown; d[i] = doubt; continue; }
            if (first == end) { v[i] = 0; d[i] = doubt; continue; }
            int wantedYear = (int)(y / Value.Scale);
            bool anyOfYear = false, missing = false;
            long sum = 0;
            for (int k = first; k < end; k++)
            {
                if (_pop.IncomeYear[k] != wantedYear) continue;
                anyOfYear = true;
                if ((kinds >> _pop.IncomeKind[k] & 1) == 0) continue;
                long amount = amounts[k];
                if (amount == Value.Unknown) { missing = true; continue; }
                sum += amount;
                if (Stale(FactKind.Income, _pop.IncomeAsOf[k])) doubt = 1;
            }
            v[i] = !anyOfYear || missing ? Value.Unknown : sum;
            d[i] = (byte)((anyOfYear ? doubt : year.Doubt[i]) | (!anyOfYear || missing ? Flags.Missing : 0));
        }
    }

    private Column Aggregate(BoundAggregate aggregate, int n)
    {
        var inner = aggregate.Inner;
        int m = Rows(inner);
        var body = aggregate.Body is null ? (Column?)null : Eval(aggregate.Body);
        var c = Rent(aggregate.Scope);
        var v = c.Values;
        var d = c.Doubt;
        if (aggregate.Inner == Scope.Pair && !_pairsLaidOut) LayoutPairs();
        var starts = aggregate.Scope == Scope.Household ? _householdPersonStart : _pairStart;
        if (aggregate.Collection == Collection.Household && aggregate.Filter is null)
        {
            EveryMember(aggregate.Kind, body, starts, n, v, d);
            return c;
        }
        var member = Membership(aggregate, m);
        for (int o = 0; o < n; o++)
        {
            int first = starts[o], end = starts[o + 1];
            switch (aggregate.Kind)
            {
                case AggregateKind.Any:
                {
                    long acc = Value.False;
                    byte accDoubt = 0;
                    for (int k = first; k < end; k++)
                    {
                        long e = Kleene.And(member.Values[k], member.Doubt[k], body!.Value.Values[k], body.Value.Doubt[k], out byte ed);
                        acc = Kleene.Or(acc, accDoubt, e, ed, out accDoubt);
                    }
                    v[o] = acc;
                    d[o] = accDoubt;
                    break;
                }
                case AggregateKind.All:
                {
                    long acc = Value.True;
                    byte accDoubt = 0;
                    for (int k = first; k < end; k++)
                    {
                        long e = Kleene.Or(Ops.Not(member.Values[k]), member.Doubt[k], body!.Value.Values[k], body.Value.Doubt[k], out byte ed);
                        acc = Kleene.And(acc, accDoubt, e, ed, out accDoubt);
                    }
                    v[o] = acc;
                    d[o] = accDoubt;
                    break;
                }
                default:
                {
                    long sum = 0;
                    bool known = true;
                    byte doubt = 0;
                    bool isSum = aggregate.Kind == AggregateKind.Sum;
                    for (int k = first; k < end; k++)
                    {
                        long mv = member.Values[k];
                        doubt |= member.Doubt[k];
                        if (mv == Value.False) continue;
                        long term = Value.Scale;
                        if (isSum)
                        {
                            term = body!.Value.Values[k];
                            doubt |= body.Value.Doubt[k];
                        }
                        if (term == Value.Unknown || (mv == Value.Unknown && term != 0)) known = false;
                        else if (mv == Value.True) sum += term;
                    }
                    v[o] = known ? sum : Value.Unknown;
                    d[o] = known ? (byte)(doubt & Flags.Doubts) : doubt;
                    break;
                }
            }
        }
        return c;
    }

    /// <summary>
    /// An aggregate over every member of the household without a filter: membership is certain, so and-ing it
    /// in changes neither values nor doubts; this is the general loop with that constant folded in.
    /// </summary>
    private static void EveryMember(AggregateKind kind, Column? body, int[] starts, int n, long[] v, byte[] d)
    {
        long[] bv = body?.Values ?? [];
        byte[] bd = body?.Doubt ?? [];
        for (int o = 0; o < n; o++)
        {
            int first = starts[o], end = starts[o + 1];
            switch (kind)
            {
                case AggregateKind.Any:
                {
                    long acc = Value.False;
                    byte doubt = 0;
                    for (int k = first; k < end; k++) acc = Kleene.Or(acc, doubt, bv[k], bd[k], out doubt);
                    v[o] = acc;
                    d[o] = doubt;
                    break;
                }
                case AggregateKind.All:
                {
                    long acc = Value.True;
                    byte doubt = 0;
                    for (int k = first; k < end; k++) acc = Kleene.And(acc, doubt, bv[k], bd[k], out doubt);
                    v[o] = acc;
                    d[o] = doubt;
                    break;
                }
                case AggregateKind.Count:
                    v[o] = (end - first) * Value.Scale;
                    d[o] = 0;
                    break;
                default:
                {
                    long sum = 0;
                    byte doubt = 0;
                    for (int k = first; k < end; k++)
                    {
                        doubt |= bd[k];
                        if (bv[k] == Value.Unknown) sum = Value.Unknown;
                        else if (sum != Value.Unknown) sum += bv[k];
                    }
                    v[o] = sum;
                    d[o] = doubt;
                    break;
                }
            }
        }
    }

    /// <summary>Whether each inner row's member belongs to the collection and passes the filter, as in Explainer.Member.</summary>
    private Column Membership(BoundAggregate aggregate, int m)
    {
        var c = Rent(aggregate.Inner);
        var v = c.Values;
        var d = c.Doubt;
        var inner = aggregate.Inner;
        if (aggregate.Collection == Collection.Household)
        {
            Array.Fill(v, Value.True, 0, m);
            Array.Clear(d, 0, m);
        }
        else
        {
            var owners = MemberRows(aggregate.Of!.Role, inner);
            var members = MemberRows(MemberRole.Iterated, inner);
            var dependent = _pop.Members[(int)MemberField.Dependent];
            for (int k = 0; k < m; k++)
            {
                int owner = owners[k], member = members[k];
                var belongs = Evaluation.Membership.Of(aggregate.Collection, owner == member, _pop.Relation[owner], _pop.Relation[member],
                    new Flagged(dependent.Values[owner], DependentDoubt(dependent, owner)),
                    new Flagged(dependent.Values[member], DependentDoubt(dependent, member)));
                v[k] = belongs.Value;
                d[k] = belongs.Flags;
            }
        }
        if (aggregate.Filter is { } filterNode)
        {
            var filter = Eval(filterNode);
            for (int k = 0; k < m; k++) v[k] = Kleene.And(v[k], d[k], filter.Values[k], filter.Doubt[k], out d[k]);
        }
        return c;
    }

    /// <summary>A set of codes as bits; every value set of the contract has fewer than 64 values.</summary>
    private static ulong Mask(int[] codes)
    {
        ulong mask = 0;
        foreach (int c in codes) mask |= 1UL << c;
        return mask;
    }

    private byte DependentDoubt(FactColumn dependent, int row) =>
        dependent.Values[row] == Value.Unknown ? Flags.Missing : Stale(FactKind.Register, dependent.AsOf[row]) ? Flags.Stale : (byte)0;
}
