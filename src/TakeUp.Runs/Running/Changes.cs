using System.Runtime.InteropServices;
using TakeUp.Data.Ledger;
using TakeUp.Rules.Catalogs;
using TakeUp.Rules.Populations;
using TakeUp.Rules.Results;
using TakeUp.Runs.Ledger;

namespace TakeUp.Runs.Running;

/// <summary>
/// The comparison at the heart of a run: each new evaluation against the stored state of the same
/// beneficiary and right, giving the ledger entries to append and the states to replace, each entry with the
/// reason it happened (what changed in the household, on the calendar and in the law's parameters).
/// </summary>
internal sealed class Changes(ICatalog catalog, RunOptions options, (long RunId, DateOnly Date, string Catalog)? previous,
    IReadOnlyDictionary<string, string?> pendingByHousehold)
{
    // Entries and states are values kept in blocks (Chunks), not objects: a first run of 1M persons makes 4.6
    // million of each, and as objects the garbage collector traced and moved them all (compare 5.6-6.0 s as
    // objects, 4.2-4.6 s as values; docs/benchmarks.md).

    /// <param name="Number">0, 1, … in the order made: the entry's id is the ledger's next id plus this.</param>
    public readonly record struct Entry(long Number, string Beneficiary, string Right, string Household, Step Step, Evaluation Now, string Reason);

    /// <param name="Replaces">A stored row exists for the pair: this state replaces it.</param>
    /// <param name="LastEntryId">The stored last entry, when this run writes none for the pair.</param>
    /// <param name="LastEntryNumber">Else the <see cref="Entry.Number"/> of this run's last entry for the pair.</param>
    /// <param name="StageMoved">Replacing a stored row whose stage was another.</param>
    /// <param name="HouseholdMoved">Replacing a stored row of another household (the resident moved).</param>
    public readonly record struct State(string Beneficiary, string Right, string Household, Evaluation Now, Stage Stage,
        DateOnly StageSince, DateOnly? NoticeDate, long? LastEntryId, bool Replaces, long LastEntryNumber = 0,
        bool StageMoved = false, bool HouseholdMoved = false);

    public Chunks<Entry> Entries { get; } = new();

    public Chunks<State> States { get; } = new();

    private readonly Dictionary<LedgerEvent, int> _entriesByEvent = [];

    /// <summary>How many of <see cref="Entries"/> record each event (for the run's summary).</summary>
    public IReadOnlyDictionary<LedgerEvent, int> EntriesByEvent => _entriesByEvent;

    private readonly Dictionary<string, string> _lawChanges = new(StringComparer.Ordinal);

    /// <summary>
    /// Household by household, the household's own rights first and then each member's, every right in id
    /// order: with the register's ids (a member's id starts with the household's) the entries and states come
    /// out in the order of the ledger's keys, so the database appends to its indexes instead of inserting all
    /// over them. Any other order would give the same rows, only slower to write.
    /// </summary>
    public void Compare(Population population, PopulationResult result, StoredStates states)
    {
        var rights = catalog.Rights.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        // The catalog's own strings (the stored states' rights are the same instances), each with its columns.
        var householdRights = rights.Where(r => !r.IsPersonLevel).Select(r => (r.Id, Results: result.Of(r.Id))).ToArray();
        var personRights = rights.Where(r => r.IsPersonLevel).Select(r => (r.Id, Results: result.Of(r.Id))).ToArray();
        for (int h = 0; h < population.HouseholdCount; h++)
        {
            string household = population.HouseholdIdList[h];
            var stored = states.Of(household);
            foreach (var right in householdRights)
                Consider(household, right.Id, household, Read(right.Results, h), states, states.Find(stored, right.Id));
            for (int p = population.FirstPersonOf(h); p < population.FirstPersonOf(h + 1); p++)
            {
                string member = population.MemberIdList[p];
                stored = states.Of(member);
                foreach (var right in personRights)
                    Consider(member, right.Id, household, Read(right.Results, p), states, states.Find(stored, right.Id));
            }
        }
    }

    /// <summary>Stored states nobody was evaluated for: the beneficiary left the household or the municipality.</summary>
    public void EndTheGone(StoredStates states)
    {
        foreach (var (index, beneficiary, right, stored) in states.NotEvaluated())
            Consider(beneficiary, right, stored.HouseholdId, Evaluation.Gone, states, index, gone: true);
    }

    private static Evaluation Read(PopulationResult.RightResults right, int row) =>
        new(right.Outcome(row), right.Action(row), right.Amount(row), right.Doubtful(row));

    private void Consider(string beneficiary, string right, string household, Evaluation now,
        StoredStates states, int index, bool gone = false)
    {
        bool known = index >= 0;
        if (known && !gone) states.MarkEvaluated(index);
        var stored = known ? states[index] : default;
        var steps = RunTransitions.Next(known ? stored.Stage : null, known ? stored.Evaluation : null, now, options.Date, options.NoticeDays);
        if (steps.Count == 0)
        {
            // Same evaluation; a person who moved keeps their state under their new household.
            if (known && stored.HouseholdId != household)
                States.Add(new State(beneficiary, right, household, stored.Evaluation, stored.Stage, stored.StageSince, stored.NoticeDate, stored.LastEntryId,
                    Replaces: true, HouseholdMoved: true));
            return;
        }

        string reason = Reason(known ? stored.Evaluation : null, now, household, right, gone);
        foreach (var step in steps)
        {
            Entries.Add(new Entry(Entries.Count, beneficiary, right, household, step, now, reason));
            CollectionsMarshal.GetValueRefOrAddDefault(_entriesByEvent, step.Event, out _)++;
        }
        var stage = steps[^1].StageAfter;
        bool moved = !known || stage != stored.Stage;
        DateOnly? notice = steps[^1].NoticeDate ?? (stage == Stage.EndProposed && known ? stored.NoticeDate : null);
        States.Add(new State(beneficiary, right, household, now, stage, moved ? options.Date : stored.StageSince, notice, null,
            Replaces: known, LastEntryNumber: Entries.Count - 1,
            StageMoved: known && stage != stored.Stage, HouseholdMoved: known && stored.HouseholdId != household));
    }

    private readonly Dictionary<(Evaluation?, Evaluation, string?, string?, bool), string> _reasons = [];
    private (Evaluation?, Evaluation, string?, string?, bool) _lastKey;
    private string? _lastReason;
    private string? _pendingHousehold, _pendingText;

    /// <summary>
    /// The same change for the same cause reads the same: built once (a first run has millions of them). The
    /// right is part of the cause only on another date than the previous run's (the law's changes are per right),
    /// so a household's rights that changed alike in the same run share one look-up, and the one before it is
    /// tried first.
    /// </summary>
    private string Reason(Evaluation? before, Evaluation now, string household, string right, bool gone)
    {
        if (!ReferenceEquals(household, _pendingHousehold))
            (_pendingHousehold, _pendingText) = (household, pendingByHousehold.GetValueOrDefault(household));
        string? byRight = !gone && previous is { } p && p.Date != options.Date ? right : null;
        var key = (before, now, gone ? null : _pendingText, byRight, gone);
        if (_lastReason is not null && key.Equals(_lastKey)) return _lastReason;
        if (!_reasons.TryGetValue(key, out var reason))
        {
            if (_reasons.Count > 100_000) _reasons.Clear();
            _reasons[key] = reason = ComposeReason(before, now, household, right, gone);
        }
        (_lastKey, _lastReason) = (key, reason);
        return reason;
    }

    private string ComposeReason(Evaluation? before, Evaluation now, string household, string right, bool gone)
    {
        var causes = new List<string>();
        if (gone) causes.Add("no longer registered in this household or municipality");
        else if (pendingByHousehold.GetValueOrDefault(household) is { Length: > 0 } pending)
            causes.AddRange(pending.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (previous is { } p && !gone)
        {
            if (p.Date != options.Date)
            {
                causes.Add($"evaluated on {options.Date:yyyy-MM-dd} (previous run {p.Date:yyyy-MM-dd})");
                if (LawChanges(right, p.Date) is { Length: > 0 } law) causes.Add(law);
            }
            if (p.Catalog != catalog.Name) causes.Add($"catalog {catalog.Name} (was {p.Catalog})");
        }
        if (causes.Count == 0) causes.Add(previous is null ? "first run" : "re-evaluated");
        string change = before is { } b ? $"{b} → {now}" : now.ToString();
        return $"{change}: {string.Join("; ", causes)}";
    }

    private string LawChanges(string right, DateOnly before)
    {
        if (!_lawChanges.TryGetValue(right, out var text))
            _lawChanges[right] = text = string.Join("; ", catalog.ParameterChanges(right, before, options.Date));
        return text;
    }
}
