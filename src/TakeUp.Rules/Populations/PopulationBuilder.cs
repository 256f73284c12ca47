using TakeUp.Rules.Binding;
using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Facts;

namespace TakeUp.Rules.Populations;

/// <summary>
/// Builds a <see cref="Population"/> row by row, straight into its columns, without a <see cref="Household"/>
/// object per household: for loaders of large files (the peer benchmark's CSV files, say) where building
/// millions of objects only to lay them out again would cost more than the evaluation.
/// The number of households and persons is given up front, so every column is allocated once at its size and
/// each row is written once; statuses and incomes are counted as they come (give a capacity to avoid growing).
/// Add a household, then its members, each member's statuses and incomes right after it; <see cref="Build"/>
/// checks the counts and returns the population without copying anything.
/// The population evaluates the same as <see cref="Population.From"/> for the same households, and holds the
/// same values, with two differences of layout that no reader can see: facts never set share one column of
/// unknowns, and the status and income lists may be longer than their entries (spare capacity at the end:
/// rows reach them only through StatusStart and IncomeStart).
/// </summary>
public sealed class PopulationBuilder
{
    private readonly Population.Columns _c;
    private int[] _statusCode, _statusSince, _statusUntil, _statusAsOf;
    private int[] _incomeKind, _incomeYear, _incomeAsOf;
    private long[] _incomeGross, _incomeNet;
    private int _households, _persons, _statuses, _incomes;
    private bool _built;

    /// <param name="statusCapacity">How many statuses to make room for at first (the lists grow when needed).</param>
    /// <param name="incomeCapacity">How many incomes to make room for at first.</param>
    public PopulationBuilder(int households, int persons, int statusCapacity = 16, int incomeCapacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(households);
        ArgumentOutOfRangeException.ThrowIfLessThan(persons, households);
        _c = new Population.Columns(households, persons);
        int statuses = Math.Max(1, statusCapacity), incomes = Math.Max(1, incomeCapacity);
        (_statusCode, _statusSince, _statusUntil, _statusAsOf) = (Raw<int>(statuses), Raw<int>(statuses), Raw<int>(statuses), Raw<int>(statuses));
        (_incomeKind, _incomeYear, _incomeAsOf) = (Raw<int>(incomes), Raw<int>(incomes), Raw<int>(incomes));
        (_incomeGross, _incomeNet) = (Raw<long>(incomes), Raw<long>(incomes));
    }

    /// <summary>An array every used element of which is written before it is read: no need to clear it.</summary>
    internal static T[] Raw<T>(int length) => GC.AllocateUninitializedArray<T>(length);

    public int HouseholdCount => _households;

    public int PersonCount => _persons;

    /// <summary>Starts a household: the members added next belong to it. Its housing facts are unknown until set.</summary>
    public void AddHousehold(string id)
    {
        Open();
        if (_households == _c.HouseholdIds.Length) throw new InvalidOperationException($"more than the {_c.HouseholdIds.Length} households announced");
        EndHousehold();
        _c.HouseholdIds[_households] = id ?? throw new ArgumentNullException(nameof(id));
        _c.MemberStart[_households] = _persons;
        _c.Reference[_households] = -1;
        _households++;
    }

    /// <summary>The current household's heating fuel.</summary>
    public void SetHeatingFuel(HeatingFuel fuel, DateOnly? asOf = null) =>
        _c.Housing(HouseholdField.HeatingFuel).Set(CurrentHousehold(), (long)fuel, asOf);

    /// <summary>
    /// Adds a member to the current household. The first member whose relation is <see cref="Relation.Reference"/>
    /// is the household's reference person. Statuses and incomes are known lists (empty until added) unless said
    /// unknown; every other fact is unknown.
    /// </summary>
    public void AddMember(string id, Relation relation, DateOnly? birthDate, bool statusesKnown = true, bool incomesKnown = true)
    {
        int h = CurrentHousehold();
        if (_persons == _c.MemberIds.Length) throw new InvalidOperationException($"more than the {_c.MemberIds.Length} persons announced");
        int p = _persons++;
        if (relation == Relation.Reference && _c.Reference[h] < 0) _c.Reference[h] = p;
        _c.MemberIds[p] = id ?? throw new ArgumentNullException(nameof(id));
        _c.HouseholdOf[p] = h;
        _c.Relation[p] = relation;
        _c.RelationFact.Set(p, (long)relation, null);
        if (birthDate is { } born) _c.Member(MemberField.BirthDate, p).Set(p, born.DayNumber, null);
        else if (_c.Has(MemberField.BirthDate)) _c.Member(MemberField.BirthDate, p).Set(p, Value.Unknown, null);
        // Columns some earlier member created are written for every later row: unknown unless set next.
        foreach (var field in OtherMemberFields)
            if (_c.Has(field)) _c.Member(field, p).Set(p, Value.Unknown, null);
        _c.StatusesKnown[p] = statusesKnown;
        _c.StatusStart[p] = _statuses;
        _c.IncomesKnown[p] = incomesKnown;
        _c.IncomeStart[p] = _incomes;
    }

    private static readonly MemberField[] OtherMemberFields =
        Enum.GetValues<MemberField>().Where(f => f is not (MemberField.Relation or MemberField.BirthDate)).ToArray();

    /// <summary>
    /// Every housing fact of the current household, with its as-of date: the same values as
    /// <see cref="Population.From"/> lays out.
    /// </summary>
    public void SetHousing(Housing housing)
    {
        int h = CurrentHousehold();
        _c.Housing(HouseholdField.Tenure).Set(h, housing.Tenure, t => (long)t);
        _c.Housing(HouseholdField.CollectiveHeating).Set(h, housing.CollectiveHeating, Value.Truth);
        _c.Housing(HouseholdField.HeatingFuel).Set(h, housing.HeatingFuel, f => (long)f);
        _c.Housing(HouseholdField.MonthlyRent).Set(h, housing.MonthlyRent, Value.Number);
        _c.Housing(HouseholdField.WaitingListSince).Set(h, housing.WaitingListSince, Value.Date);
    }

    /// <summary>
    /// Adds a member with every fact the record carries (each with its as-of date), its statuses and its
    /// incomes: the same values as <see cref="Population.From"/> lays out. The record can be dropped right
    /// after, so a loader keeps no object per person.
    /// </summary>
    public void AddMember(Member member)
    {
        AddMember(member.Id, member.Relation, null, member.Statuses is not null, member.Incomes is not null);
        int p = _persons - 1;
        _c.Member(MemberField.BirthDate, p).Set(p, member.BirthDate, Value.Date);
        _c.Member(MemberField.PartnerKind, p).Set(p, member.PartnerKind is { } kind ? (long)kind : Value.Unknown, null);
        _c.Member(MemberField.Dependent, p).Set(p, member.Dependent, Value.Truth);
        _c.Member(MemberField.RegisteredAtAddress, p).Set(p, member.RegisteredAtAddress, Value.Truth);
        _c.Member(MemberField.Residence, p).Set(p, member.Residence, r => (long)r);
        _c.Member(MemberField.RecognitionPercent, p).Set(p, member.RecognitionPercent, Value.Number);
        _c.Member(MemberField.Pillar1Points, p).Set(p, member.Pillar1Points, Value.Number);
        _c.Member(MemberField.ZorgtoeslagPoints, p).Set(p, member.ZorgtoeslagPoints, Value.Number);
        _c.Member(MemberField.AbroadDaysLastYear, p).Set(p, member.AbroadDaysLastYear, Value.Number);
        foreach (var s in member.Statuses ?? []) AddStatus(s.Status, s.Since, s.Until, s.AsOf);
        foreach (var i in member.Incomes ?? []) AddIncome(i.Kind, i.Year, i.GrossTaxable, i.NetMonthly, i.AsOf);
    }

    /// <summary>A status of the last member added, held from <paramref name="since"/> to <paramref name="until"/> (both included; open when null).</summary>
    public void AddStatus(StatusCode status, DateOnly since, DateOnly? until = null, DateOnly? asOf = null)
    {
        int p = CurrentPerson();
        if (!_c.StatusesKnown[p]) throw new InvalidOperationException($"person {_c.MemberIds[p]}: statuses were said to be unknown");
        if (_statuses == _statusCode.Length)
        {
            int size = _statuses * 2;
            Array.Resize(ref _statusCode, size);
            Array.Resize(ref _statusSince, size);
            Array.Resize(ref _statusUntil, size);
            Array.Resize(ref _statusAsOf, size);
        }
        _statusCode[_statuses] = (int)status;
        _statusSince[_statuses] = since.DayNumber;
        _statusUntil[_statuses] = until?.DayNumber ?? int.MaxValue;
        _statusAsOf[_statuses] = asOf?.DayNumber ?? FactColumn.NoDate;
        _statuses++;
    }

    /// <summary>An income of the last member added; either amount may be unknown (null).</summary>
    public void AddIncome(IncomeKind kind, int year, decimal? grossTaxable, decimal? netMonthly = null, DateOnly? asOf = null)
    {
        int p = CurrentPerson();
        if (!_c.IncomesKnown[p]) throw new InvalidOperationException($"person {_c.MemberIds[p]}: incomes were said to be unknown");
        if (_incomes == _incomeKind.Length)
        {
            int size = _incomes * 2;
            Array.Resize(ref _incomeKind, size);
            Array.Resize(ref _incomeYear, size);
            Array.Resize(ref _incomeAsOf, size);
            Array.Resize(ref _incomeGross, size);
            Array.Resize(ref _incomeNet, size);
        }
        _incomeKind[_incomes] = (int)kind;
        _incomeYear[_incomes] = year;
        _incomeGross[_incomes] = grossTaxable is { } g ? Value.Number(g) : Value.Unknown;
        _incomeNet[_incomes] = netMonthly is { } n ? Value.Number(n) : Value.Unknown;
        _incomeAsOf[_incomes] = asOf?.DayNumber ?? FactColumn.NoDate;
        _incomes++;
    }

    /// <summary>
    /// The population, once every announced household and person was added; the builder is spent afterwards.
    /// Nothing is copied: the population takes the builder's columns as they are.
    /// </summary>
    public Population Build()
    {
        Open();
        if (_households != _c.HouseholdIds.Length || _persons != _c.MemberIds.Length)
            throw new InvalidOperationException($"{_households} households and {_persons} persons added, {_c.HouseholdIds.Length} and {_c.MemberIds.Length} announced");
        EndHousehold();
        _built = true;
        _c.MemberStart[_households] = _persons;
        _c.StatusStart[_persons] = _statuses;
        _c.IncomeStart[_persons] = _incomes;
        return new Population(_c, new Population.Lists(_statusCode, _statusSince, _statusUntil, _statusAsOf,
            _incomeKind, _incomeYear, _incomeGross, _incomeNet, _incomeAsOf));
    }

    /// <summary>The household just finished must have members and a reference person, as Population.From requires.</summary>
    private void EndHousehold()
    {
        if (_households == 0) return;
        int h = _households - 1;
        if (_c.MemberStart[h] == _persons) throw new InvalidOperationException($"household {_c.HouseholdIds[h]} has no members");
        if (_c.Reference[h] < 0) throw new InvalidOperationException($"household {_c.HouseholdIds[h]} has no reference person");
    }

    private int CurrentHousehold()
    {
        Open();
        return _households > 0 ? _households - 1 : throw new InvalidOperationException("add a household first");
    }

    private int CurrentPerson()
    {
        Open();
        return _persons > 0 ? _persons - 1 : throw new InvalidOperationException("add a member first");
    }

    private void Open()
    {
        if (_built) throw new InvalidOperationException("the population was already built");
    }
}

public sealed partial class Population
{
    /// <summary>
    /// The household and person columns. Fact columns are allocated when a first value is set (a column of
    /// members' facts then has every row written by AddMember); facts never set share one column of unknowns per
    /// level, which is also the persons' partner kind (unknown for all).
    /// </summary>
    internal sealed class Columns
    {
        private readonly FactColumn _unknownHousing, _unknownMembers;
        private readonly FactColumn?[] _housing, _members;

        public Columns(int households, int persons)
        {
            HouseholdIds = new string[households];
            MemberStart = PopulationBuilder.Raw<int>(households + 1);
            Reference = PopulationBuilder.Raw<int>(households);
            _unknownHousing = Unknown(households, households);
            _housing = new FactColumn?[Enum.GetValues<HouseholdField>().Length];
            MemberIds = new string[persons];
            HouseholdOf = PopulationBuilder.Raw<int>(persons);
            Relation = PopulationBuilder.Raw<Relation>(persons);
            _unknownMembers = Unknown(persons, persons);
            _members = new FactColumn?[Enum.GetValues<MemberField>().Length];
            RelationFact = Member(MemberField.Relation, 0);
            StatusesKnown = PopulationBuilder.Raw<bool>(persons);
            StatusStart = PopulationBuilder.Raw<int>(persons + 1);
            IncomesKnown = PopulationBuilder.Raw<bool>(persons);
            IncomeStart = PopulationBuilder.Raw<int>(persons + 1);
        }

        public string[] HouseholdIds { get; }
        public int[] MemberStart { get; }
        public int[] Reference { get; }
        public string[] MemberIds { get; }
        public int[] HouseholdOf { get; }
        public Relation[] Relation { get; }
        public FactColumn RelationFact { get; }
        public long[] PartnerKind => (_members[(int)MemberField.PartnerKind] ?? _unknownMembers).Values;
        public bool[] StatusesKnown { get; }
        public int[] StatusStart { get; }
        public bool[] IncomesKnown { get; }
        public int[] IncomeStart { get; }

        public FactColumn HousingColumn(HouseholdField field) => _housing[(int)field] ?? _unknownHousing;

        public FactColumn[] Members => _members.Select(c => c ?? _unknownMembers).ToArray();

        public bool Has(MemberField field) => _members[(int)field] is not null;

        /// <summary>A household fact's own column, unknown for every household until set.</summary>
        public FactColumn Housing(HouseholdField field) =>
            _housing[(int)field] ??= Unknown(_unknownHousing.Values.Length, _unknownHousing.Values.Length);

        /// <summary>A member fact's own column; rows before <paramref name="row"/> are made unknown, later rows AddMember writes.</summary>
        public FactColumn Member(MemberField field, int row) => _members[(int)field] ??= Unknown(_unknownMembers.Values.Length, row);

        /// <summary>A column whose first <paramref name="filled"/> rows are unknown; the rest are left for the caller to write.</summary>
        private static FactColumn Unknown(int rows, int filled)
        {
            var column = new FactColumn(rows);
            Array.Fill(column.Values, Value.Unknown, 0, filled);
            Array.Fill(column.AsOf, FactColumn.NoDate, 0, filled);
            return column;
        }
    }

    /// <summary>The flat status and income lists, exactly as long as the entries they hold.</summary>
    internal sealed record Lists(int[] StatusCode, int[] StatusSince, int[] StatusUntil, int[] StatusAsOf,
        int[] IncomeKind, int[] IncomeYear, long[] IncomeGross, long[] IncomeNet, int[] IncomeAsOf);

    internal Population(Columns c, Lists l)
    {
        HouseholdIds = c.HouseholdIds;
        MemberStart = c.MemberStart;
        Reference = c.Reference;
        Tenure = c.HousingColumn(HouseholdField.Tenure);
        CollectiveHeating = c.HousingColumn(HouseholdField.CollectiveHeating);
        HeatingFuel = c.HousingColumn(HouseholdField.HeatingFuel);
        MonthlyRent = c.HousingColumn(HouseholdField.MonthlyRent);
        WaitingListSince = c.HousingColumn(HouseholdField.WaitingListSince);
        MemberIds = c.MemberIds;
        HouseholdOf = c.HouseholdOf;
        Relation = c.Relation;
        PartnerKind = c.PartnerKind;
        Members = c.Members;
        StatusesKnown = c.StatusesKnown;
        StatusStart = c.StatusStart;
        StatusCode = l.StatusCode;
        StatusSince = l.StatusSince;
        StatusUntil = l.StatusUntil;
        StatusAsOf = l.StatusAsOf;
        IncomesKnown = c.IncomesKnown;
        IncomeStart = c.IncomeStart;
        IncomeKind = l.IncomeKind;
        IncomeYear = l.IncomeYear;
        IncomeGross = l.IncomeGross;
        IncomeNet = l.IncomeNet;
        IncomeAsOf = l.IncomeAsOf;
    }
}
