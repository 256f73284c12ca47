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

    public Outcome Outcome(string right, int row) => Of(right).Outcome(row);

    public RightAction Action(string right, int row) => Of(right).Action(row);

    public decimal? Amount(string right, int row) => Of(right).Amount(row);

    /// <summary>Whether the result rests on a stale fact or an unverified parameter.</summary>
    public bool Doubtful(string right, int row) => Of(right).Doubtful(row);

    /// <summary>
    /// One right's columns, found once: for callers that read every row of every right (a run's comparison reads
    /// 12 million pairs of a million residents; four look-ups by name per pair cost more than reading them).
    /// </summary>
    public RightResults Of(string right) => new(_rights[_byId[right]]);

    /// <summary>The outcome, action, amount and doubt of one right, row by row (see <see cref="Of"/>).</summary>
    public readonly struct RightResults
    {
        private readonly RightColumns _columns;

        internal RightResults(RightColumns columns) => _columns = columns;

        public Outcome Outcome(int row) => RightColumns.OutcomeOf(_columns.Decisions[row]);

        public RightAction Action(int row) => RightColumns.ActionOf(_columns.Decisions[row]);

        public decimal? Amount(int row) =>
            _columns.Amounts is { } amounts && amounts[row] != Value.Unknown ? OutcomeRules.ToCents(amounts[row]) : null;

        public bool Doubtful(int row) => RightColumns.DoubtfulOf(_columns.Decisions[row]);
    }

    /// <summary>How many rows of a right have each outcome.</summary>
    public IReadOnlyDictionary<Outcome, int> Count(string right) =>
        _rights[_byId[right]].Decisions.GroupBy(RightColumns.OutcomeOf).ToDictionary(g => g.Key, g => g.Count());

    internal RightColumns Right(int orderIndex) => _rights[orderIndex];

    /// <summary>
    /// The columns of one right: a decision byte per row (outcome, action and doubt packed, see Pack) so that
    /// the population pass writes one byte per right and row, and the amount; Amounts is null for a right
    /// without an amount.
    /// </summary>
    internal sealed class RightColumns(string id, bool isPersonLevel, int rows, bool hasAmount)
    {
        /// <summary>Bits 0–1 the outcome, 2–4 the action, 5 doubtful.</summary>
        public const int ActionShift = 2, DoubtfulBit = 32;

        public string Id { get; } = id;
        public bool IsPersonLevel { get; } = isPersonLevel;
        public byte[] Decisions { get; } = new byte[rows];
        public long[]? Amounts { get; } = hasAmount ? new long[rows] : null;

        public static byte Pack(Outcome outcome, RightAction action, bool doubtful) =>
            (byte)((int)outcome | (int)action << ActionShift | (doubtful ? DoubtfulBit : 0));

        public static Outcome OutcomeOf(byte decision) => (Outcome)(decision & 3);

        public static RightAction ActionOf(byte decision) => (RightAction)(decision >> ActionShift & 7);

        public static bool DoubtfulOf(byte decision) => (decision & DoubtfulBit) != 0;
    }
}
