using TakeUp.Rules.Binding;
using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Compilation;
using TakeUp.Rules.Evaluation;

namespace TakeUp.Rules.Populations.Fusion;

/// <summary>
/// The per-row operations the fused kernel calls rather than inlines: those that loop over a person's status
/// periods or incomes, or look a parameter up on a date. Each gives the value and its flags (Flags) exactly as
/// ChunkEvaluator does for one row; keep them in step.
/// </summary>
internal static class KernelCalls
{
    public static bool Stale(int asOf, int freshSince) => asOf != FactColumn.NoDate && asOf < freshSince;

    /// <summary>holds / holds_on / held_months for one person; the caller adds the date's own flags.</summary>
    public static long Holds(Population pop, int person, ulong wanted, long day, int months, int freshSince, out int flags)
    {
        flags = 0;
        if (!pop.StatusesKnown[person]) { flags = Flags.Missing; return Value.Unknown; }
        if (day == Value.Unknown) return Value.Unknown;
        int since = months > 0 ? Ops.HeldSince((int)day, months) : (int)day;
        int first = pop.StatusStart[person], end = pop.StatusStart[person + 1];
        var codes = pop.StatusCode;
        var starts = pop.StatusSince;
        var ends = pop.StatusUntil;
        var asOf = pop.StatusAsOf;
        // Usual case first: one fresh period covers the whole span by itself.
        for (int s = first; s < end; s++)
            if ((wanted >> codes[s] & 1) != 0 && starts[s] <= since && day <= ends[s] && !Stale(asOf[s], freshSince)) return Value.True;
        if (first == end) return Value.False;
        int count = end - first;
        Span<int> all = count <= 16 ? stackalloc int[4 * count] : new int[4 * count];
        Span<int> allSince = all[..count], allUntil = all.Slice(count, count);
        Span<int> freshStart = all.Slice(2 * count, count), freshUntil = all.Slice(3 * count, count);
        int touching = 0, fresh = 0;
        for (int s = first; s < end; s++)
        {
            if ((wanted >> codes[s] & 1) == 0 || starts[s] > day || ends[s] < since) continue;
            allSince[touching] = starts[s];
            allUntil[touching] = ends[s];
            touching++;
            if (Stale(asOf[s], freshSince)) continue;
            freshStart[fresh] = starts[s];
            freshUntil[fresh] = ends[s];
            fresh++;
        }
        bool held = touching > 0 && Coverage.Covers(allSince, allUntil, touching, since, (int)day);
        bool heldFresh = held && fresh > 0 && Coverage.Covers(freshStart, freshUntil, fresh, since, (int)day);
        if (held && !heldFresh) flags = Flags.Stale;
        return Value.Truth(held);
    }

    /// <summary>
    /// For periods that touch the span but none covers it fresh by itself: whether they cover it together (bit
    /// 0) and whether only stale ones do (bit 1, Flags.Stale shifted). Statuses and day are known here.
    /// </summary>
    public static int HeldTogether(Population pop, int person, ulong wanted, long day, int months, int freshSince)
    {
        long held = Holds(pop, person, wanted, day, months, freshSince, out int flags);
        return (int)held | flags << 1;
    }

    /// <summary>gross_income / net_monthly_income for one person, given the year's value and flags.</summary>
    public static long Income(Population pop, int person, long year, int yearFlags, ulong kinds, bool net, int freshSince, out int flags)
    {
        if (!pop.IncomesKnown[person]) { flags = yearFlags | Flags.Missing; return Value.Unknown; }
        flags = yearFlags;
        if (year == Value.Unknown) return Value.Unknown;
        int first = pop.IncomeStart[person], end = pop.IncomeStart[person + 1];
        if (first == end) return 0;
        int wantedYear = (int)(year / Value.Scale);
        var years = pop.IncomeYear;
        var amounts = net ? pop.IncomeNet : pop.IncomeGross;
        bool anyOfYear = false, missing = false;
        int doubt = yearFlags;
        long sum = 0;
        for (int k = first; k < end; k++)
        {
            if (years[k] != wantedYear) continue;
            anyOfYear = true;
            if ((kinds >> pop.IncomeKind[k] & 1) == 0) continue;
            long amount = amounts[k];
            if (amount == Value.Unknown) { missing = true; continue; }
            sum += amount;
            if (Stale(pop.IncomeAsOf[k], freshSince)) doubt = 1;
        }
        bool unknown = !anyOfYear || missing;
        flags = (anyOfYear ? doubt : yearFlags) | (unknown ? Flags.Missing : 0);
        return unknown ? Value.Unknown : sum;
    }

    /// <summary>Whether a member belongs to an aggregate's collection (other than the whole household), as in Membership.Of.</summary>
    public static long Member(Population pop, Collection collection, int owner, int member, int freshSince, out int flags)
    {
        var dependent = pop.Members[(int)MemberField.Dependent];
        var belongs = Membership.Of(collection, owner == member, pop.Relation[owner], pop.Relation[member],
            new Flagged(dependent.Values[owner], DependentFlags(dependent, owner, freshSince)),
            new Flagged(dependent.Values[member], DependentFlags(dependent, member, freshSince)));
        flags = belongs.Flags;
        return belongs.Value;
    }

    private static byte DependentFlags(FactColumn dependent, int row, int freshSince) =>
        dependent.Values[row] == Value.Unknown ? Flags.Missing : Stale(dependent.AsOf[row], freshSince) ? Flags.Stale : (byte)0;

    /// <summary>A parameter on a date that differs per row; the caller adds the date's own flags.</summary>
    public static long ParameterOn(Parameter parameter, long day, out int flags)
    {
        int index = parameter.IndexOn(day);
        long value = parameter.ValueAt(index);
        flags = value != Value.Unknown ? (parameter.IsDoubtful(index) ? Flags.Stale : 0) : day == Value.Unknown ? 0 : Flags.Gap;
        return value;
    }
}
