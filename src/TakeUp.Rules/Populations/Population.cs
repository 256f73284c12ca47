using TakeUp.Rules.Binding;
using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Facts;

namespace TakeUp.Rules.Populations;

/// <summary>
/// Many households laid out column by column, for evaluating a whole population in one pass: one array per
/// fact, persons sorted by household, statuses and incomes as flat lists with start offsets per person.
/// Build it once with <see cref="From"/>; it is immutable afterwards and can be evaluated on any date.
/// </summary>
public sealed partial class Population
{
    private Population(int households, int persons, int statuses, int incomes)
    {
        HouseholdIds = new string[households];
        MemberStart = new int[households + 1];
        Reference = new int[households];
        Tenure = new FactColumn(households);
        CollectiveHeating = new FactColumn(households);
        HeatingFuel = new FactColumn(households);
        MonthlyRent = new FactColumn(households);
        WaitingListSince = new FactColumn(households);

        MemberIds = new string[persons];
        HouseholdOf = new int[persons];
        Relation = new Relation[persons];
        PartnerKind = new long[persons];
        Members = new FactColumn[Enum.GetValues<MemberField>().Length];
        for (int f = 0; f < Members.Length; f++) Members[f] = new FactColumn(persons);

        StatusesKnown = new bool[persons];
        StatusStart = new int[persons + 1];
        StatusCode = new int[statuses];
        StatusSince = new int[statuses];
        StatusUntil = new int[statuses];
        StatusAsOf = new int[statuses];

        IncomesKnown = new bool[persons];
        IncomeStart = new int[persons + 1];
        IncomeKind = new int[incomes];
        IncomeYear = new int[incomes];
        IncomeGross = new long[incomes];
        IncomeNet = new long[incomes];
        IncomeAsOf = new int[incomes];
    }

    public int HouseholdCount => HouseholdIds.Length;

    public int PersonCount => MemberIds.Length;

    public IReadOnlyList<string> HouseholdIdList => HouseholdIds;

    /// <summary>The member id of every person row (unique only within its household).</summary>
    public IReadOnlyList<string> MemberIdList => MemberIds;

    /// <summary>The first person row of a household; persons of household h are rows [start(h), start(h+1)).</summary>
    public int FirstPersonOf(int household) => MemberStart[household];

    internal string[] HouseholdIds { get; }
    internal int[] MemberStart { get; }
    internal int[] Reference { get; }
    internal FactColumn Tenure { get; }
    internal FactColumn CollectiveHeating { get; }
    internal FactColumn HeatingFuel { get; }
    internal FactColumn MonthlyRent { get; }
    internal FactColumn WaitingListSince { get; }

    internal string[] MemberIds { get; }
    internal int[] HouseholdOf { get; }
    internal Relation[] Relation { get; }
    internal long[] PartnerKind { get; }

    /// <summary>Member facts, indexed by MemberField.</summary>
    internal FactColumn[] Members { get; }

    internal bool[] StatusesKnown { get; }
    internal int[] StatusStart { get; }
    internal int[] StatusCode { get; }
    internal int[] StatusSince { get; }
    internal int[] StatusUntil { get; }
    internal int[] StatusAsOf { get; }

    internal bool[] IncomesKnown { get; }
    internal int[] IncomeStart { get; }
    internal int[] IncomeKind { get; }
    internal int[] IncomeYear { get; }
    internal long[] IncomeGross { get; }
    internal long[] IncomeNet { get; }
    internal int[] IncomeAsOf { get; }

    /// <summary>Lays households out in columns. Each household must have exactly one reference person.</summary>
    public static Population From(IReadOnlyCollection<Household> households)
    {
        int persons = 0, statuses = 0, incomes = 0;
        foreach (var h in households)
        {
            persons += h.Members.Count;
            foreach (var m in h.Members)
            {
                statuses += m.Statuses?.Count ?? 0;
                incomes += m.Incomes?.Count ?? 0;
            }
        }
        var p = new Population(households.Count, persons, statuses, incomes);
        int hi = 0, pi = 0, si = 0, ii = 0;
        foreach (var h in households)
        {
            p.HouseholdIds[hi] = h.Id;
            p.MemberStart[hi] = pi;
            p.Reference[hi] = -1;
            var housing = h.Housing;
            p.Tenure.Set(hi, housing.Tenure, t => (long)t);
            p.CollectiveHeating.Set(hi, housing.CollectiveHeating, Value.Truth);
            p.HeatingFuel.Set(hi, housing.HeatingFuel, f => (long)f);
            p.MonthlyRent.Set(hi, housing.MonthlyRent, Value.Number);
            p.WaitingListSince.Set(hi, housing.WaitingListSince, Value.Date);
            foreach (var m in h.Members)
            {
                if (m.Relation == Facts.Relation.Reference && p.Reference[hi] < 0) p.Reference[hi] = pi;
                p.MemberIds[pi] = m.Id;
                p.HouseholdOf[pi] = hi;
                p.Relation[pi] = m.Relation;
                p.PartnerKind[pi] = m.PartnerKind is { } pk ? (long)pk : Value.Unknown;
                var f = p.Members;
                f[(int)MemberField.BirthDate].Set(pi, m.BirthDate, Value.Date);
                f[(int)MemberField.Relation].Set(pi, (long)m.Relation, null);
                f[(int)MemberField.PartnerKind].Set(pi, p.PartnerKind[pi], null);
                f[(int)MemberField.Dependent].Set(pi, m.Dependent, Value.Truth);
                f[(int)MemberField.RegisteredAtAddress].Set(pi, m.RegisteredAtAddress, Value.Truth);
                f[(int)MemberField.Residence].Set(pi, m.Residence, r => (long)r);
                f[(int)MemberField.RecognitionPercent].Set(pi, m.RecognitionPercent, Value.Number);
                f[(int)MemberField.Pillar1Points].Set(pi, m.Pillar1Points, Value.Number);
                f[(int)MemberField.ZorgtoeslagPoints].Set(pi, m.ZorgtoeslagPoints, Value.Number);
                f[(int)MemberField.AbroadDaysLastYear].Set(pi, m.AbroadDaysLastYear, Value.Number);

                p.StatusStart[pi] = si;
                p.StatusesKnown[pi] = m.Statuses is not null;
                foreach (var s in m.Statuses ?? [])
                {
                    p.StatusCode[si] = (int)s.Status;
                    p.StatusSince[si] = s.Since.DayNumber;
                    p.StatusUntil[si] = s.Until?.DayNumber ?? int.MaxValue;
                    p.StatusAsOf[si] = s.AsOf?.DayNumber ?? FactColumn.NoDate;
                    si++;
                }
                p.IncomeStart[pi] = ii;
                p.IncomesKnown[pi] = m.Incomes is not null;
                foreach (var r in m.Incomes ?? [])
                {
                    p.IncomeKind[ii] = (int)r.Kind;
                    p.IncomeYear[ii] = r.Year;
                    p.IncomeGross[ii] = r.GrossTaxable is { } g ? Value.Number(g) : Value.Unknown;
                    p.IncomeNet[ii] = r.NetMonthly is { } n ? Value.Number(n) : Value.Unknown;
                    p.IncomeAsOf[ii] = r.AsOf?.DayNumber ?? FactColumn.NoDate;
                    ii++;
                }
                pi++;
            }
            if (p.Reference[hi] < 0)
                throw new ArgumentException($"household {h.Id} has no reference person", nameof(households));
            hi++;
        }
        p.MemberStart[hi] = pi;
        p.StatusStart[pi] = si;
        p.IncomeStart[pi] = ii;
        return p;
    }
}
