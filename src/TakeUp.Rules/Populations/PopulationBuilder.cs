using TakeUp.Rules.Binding;
using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Facts;

namespace TakeUp.Rules.Populations;

/// <summary>
/// Builds a <see cref="Population"/> row by row, straight into its columns, without a <see cref="Household"/>
/// object per household: for loaders of large files (the peer benchmark's CSV files, say) where building
/// millions of objects only to lay them out again would cost more than the evaluation.
/// The number of households and persons is given up front (the columns are allocated once, every fact
/// unknown); statuses and incomes are counted as they come. Add a household, then its members, each member's
/// statuses and incomes right after it; <see cref="Build"/> checks the counts and returns the population.
/// The result is the same as <see cref="Population.From"/> for the same households.
/// </summary>
public sealed class PopulationBuilder
{
    private readonly Population.Columns _c;
    private int[] _statusCode = new int[16], _statusSince = new int[16], _statusUntil = new int[16], _statusAsOf = new int[16];
    private int[] _incomeKind = new int[16], _incomeYear = new int[16], _incomeAsOf = new int[16];
    private long[] _incomeGross = new long[16], _incomeNet = new long[16];
    private int _households, _persons, _statuses, _incomes;
    private bool _built;

    public PopulationBuilder(int households, int persons)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(households);
        ArgumentOutOfRangeException.ThrowIfLessThan(persons, households);
        _c = new Population.Columns(households, persons);
    }

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
        _c.HeatingFuel.Set(CurrentHousehold(), (long)fuel, asOf);

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
        _c.Members[(int)MemberField.Relation].Set(p, (long)relation, null);
        if (birthDate is { } born) _c.Members[(int)MemberField.BirthDate].Set(p, born.DayNumber, null);
        _c.StatusesKnown[p] = statusesKnown;
        _c.StatusStart[p] = _statuses;
        _c.IncomesKnown[p] = incomesKnown;
        _c.IncomeStart[p] = _incomes;
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

    /// <summary>The population, once every announced household and person was added; the builder is spent afterwards.</summary>
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
        Array.Resize(ref _statusCode, _statuses);
        Array.Resize(ref _statusSince, _statuses);
        Array.Resize(ref _statusUntil, _statuses);
        Array.Resize(ref _statusAsOf, _statuses);
        Array.Resize(ref _incomeKind, _incomes);
        Array.Resize(ref _incomeYear, _incomes);
        Array.Resize(ref _incomeAsOf, _incomes);
        Array.Resize(ref _incomeGross, _incomes);
        Array.Resize(ref _incomeNet, _incomes);
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
    /// <summary>The household and person columns, allocated once with every fact unknown.</summary>
    internal sealed class Columns
    {
        public Columns(int households, int persons)
        {
            HouseholdIds = new string[households];
            MemberStart = new int[households + 1];
            Reference = new int[households];
            Housing = new FactColumn[Enum.GetValues<HouseholdField>().Length];
            for (int f = 0; f < Housing.Length; f++) Housing[f] = Unknown(households);
            MemberIds = new string[persons];
            HouseholdOf = new int[persons];
            Relation = new Relation[persons];
            PartnerKind = new long[persons];
            Array.Fill(PartnerKind, Value.Unknown);
            Members = new FactColumn[Enum.GetValues<MemberField>().Length];
            for (int f = 0; f < Members.Length; f++) Members[f] = Unknown(persons);
            StatusesKnown = new bool[persons];
            StatusStart = new int[persons + 1];
            IncomesKnown = new bool[persons];
            IncomeStart = new int[persons + 1];
        }

        public string[] HouseholdIds { get; }
        public int[] MemberStart { get; }
        public int[] Reference { get; }
        public FactColumn[] Housing { get; }
        public FactColumn HeatingFuel => Housing[(int)HouseholdField.HeatingFuel];
        public string[] MemberIds { get; }
        public int[] HouseholdOf { get; }
        public Relation[] Relation { get; }
        public long[] PartnerKind { get; }
        public FactColumn[] Members { get; }
        public bool[] StatusesKnown { get; }
        public int[] StatusStart { get; }
        public bool[] IncomesKnown { get; }
        public int[] IncomeStart { get; }

        private static FactColumn Unknown(int rows)
        {
            var column = new FactColumn(rows);
            Array.Fill(column.Values, Value.Unknown);
            Array.Fill(column.AsOf, FactColumn.NoDate);
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
        Tenure = c.Housing[(int)HouseholdField.Tenure];
        CollectiveHeating = c.Housing[(int)HouseholdField.CollectiveHeating];
        HeatingFuel = c.Housing[(int)HouseholdField.HeatingFuel];
        MonthlyRent = c.Housing[(int)HouseholdField.MonthlyRent];
        WaitingListSince = c.Housing[(int)HouseholdField.WaitingListSince];
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
