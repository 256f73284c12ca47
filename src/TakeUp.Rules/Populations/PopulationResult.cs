using TakeUp.Rules.Compilation;
using TakeUp.Rules.Evaluation;
using TakeUp.Rules.Results;

namespace TakeUp.Rules.Populations;

/// <summary>
/// Outcome, action and amount of every right for every beneficiary of a population: rows are person rows for
/// person-level rights and household rows for household-level ones. Explanations are not kept here: ask the
/// catalog to evaluate the one household whose "because" you need.
/// </summary>
public sealed class PopulationResult
{
    private readonly RightColumns[] _rights;
    private readonly Dictionary<string, int> _byId;

    internal PopulationResult(CompiledCatalog catalog, Population population, DateOnly date)
    {
        Date = date;
        _rights = catalog.Ordered.Select(r => new RightColumns(r.Id, r.IsPersonLevel, r.IsPersonLevel ? population.PersonCount : population.HouseholdCount, r.Amount is not null)).ToArray();
        _byId = _rights.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
    }

    public DateOnly Date { get; }

    public IReadOnlyList<string> RightIds => _rights.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();

    public bool IsPersonLevel(string right) => _rights[_byId[right]].IsPersonLevel;

    public Outcome Outcome(string right, int row) => (Outcome)_rights[_byId[right]].Outcomes[row];

    public RightAction Action(string right, int row) => (RightAction)_rights[_byId[right]].Actions[row];

    public decimal? Amount(string right, int row) =>
        _rights[_byId[right]].Amounts is { } amounts && amounts[row] != Value.Unknown ? OutcomeRules.ToCents(amounts[row]) : null;

    /// <summary>Whether the result rests on a stale fact or an unverified parameter.</summary>
    public bool Doubtful(string right, int row) => _rights[_byId[right]].Doubtful[row];

    /// <summary>How many rows of a right have each outcome.</summary>
    public IReadOnlyDictionary<Outcome, int> Count(string right) =>
        _rights[_byId[right]].Outcomes.GroupBy(o => (Outcome)o).ToDictionary(g => g.Key, g => g.Count());

    internal RightColumns Right(int orderIndex) => _rights[orderIndex];

    /// <summary>The columns of one right; Amounts is null for a right without an amount.</summary>
    internal sealed class RightColumns(string id, bool isPersonLevel, int rows, bool hasAmount)
    {
        public string Id { get; } = id;
        public bool IsPersonLevel { get; } = isPersonLevel;
        public byte[] Outcomes { get; } = new byte[rows];
        public byte[] Actions { get; } = new byte[rows];
        public long[]? Amounts { get; } = hasAmount ? new long[rows] : null;
        public bool[] Doubtful { get; } = new bool[rows];

        public void Set(int row, Outcome outcome, RightAction action, long amount, bool doubtful)
        {
            Outcomes[row] = (byte)outcome;
            Actions[row] = (byte)action;
            if (Amounts is not null) Amounts[row] = amount;
            Doubtful[row] = doubtful;
        }
    }
}
