using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using TakeUp.Data.Ledger;
using TakeUp.Data.Register;
using TakeUp.Data.Storage;
using TakeUp.Rules.Catalogs;
using TakeUp.Rules.Populations;
using TakeUp.Rules.Results;
using TakeUp.Runs.Ledger;
using TakeUp.Runs.Loading;

namespace TakeUp.Runs.Running;

/// <summary>
/// A population run: evaluates a municipality's households on a date, compares every right of every
/// beneficiary with where the ledger says they stand, and records only what changed — ledger entries that say
/// which facts or parameters changed which outcome, and the new current states.
/// <para>
/// Scope: the first run, a run on another date or with another catalog evaluates every household; otherwise
/// only the households whose facts changed since (pending changes left by imports and observations).
/// </para>
/// <para>
/// Crash safety: everything — reading the register, the entries, the states, marking the pending changes seen,
/// the run's own record — happens in one transaction under the municipality's write lock (the stored states are
/// read beside it, in a read-only transaction). A run killed at any point leaves
/// the database as it was, and running it again does the whole work once.
/// </para>
/// </summary>
public sealed class PopulationRun(Database database, ICatalog catalog)
{
    private const string System = "system";

    public RunSummary Execute(RunOptions options)
    {
        string m = options.Municipality;
        database.EnsureMunicipality(m);
        var meter = new PhaseMeter();

        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        MunicipalityLock.Acquire(connection, transaction, m);

        options.Phase?.Invoke("load");
        var previous = PreviousRun(connection, transaction, m);
        bool full = options.Full || previous is null || previous.Value.Date != options.Date || previous.Value.Catalog != catalog.Name;
        // The stored states are read on a connection of their own while the register loads on the run's: the
        // register load waits mostly on the database, building the states mostly on TakeUp (docs/benchmarks.md).
        long evaluated = PendingChanges.Evaluated(connection, transaction, m);
        var statesRead = Task.Run(() => ReadStatesAside(m, full, evaluated));
        (Population? Population, Dictionary<string, string?> Pending, List<string> Emptied) register;
        try
        {
            register = HouseholdReader.ReadPopulation(database, connection, transaction, m, full ? LoadScope.All : LoadScope.Pending, evaluated);
        }
        catch
        {
            // Not left running against a database the caller may delete or roll back: its own failure, if any, is
            // the lesser news.
            try { statesRead.Wait(); } catch (AggregateException) { }
            throw;
        }
        var (population, pending, emptied) = register;
        meter.Lap("load register");
        var states = statesRead.GetAwaiter().GetResult();
        meter.Lap("load ledger states");

        options.Phase?.Invoke("evaluate");
        var result = population is null ? null : catalog.Evaluate(population, options.Date, options.MaxThreads);
        meter.Lap("evaluate");

        options.Phase?.Invoke("compare");
        var changes = new Changes(catalog, options, previous is { } p ? (p.RunId, p.Date, p.Catalog) : null, pending);
        if (population is not null && result is not null) changes.Compare(population, result, states);
        changes.EndTheGone(states);
        meter.Lap("compare");

        options.Phase?.Invoke("write");
        long runId = (previous?.RunId ?? 0) + 1;
        var tables = new Tables(MunicipalityPartition.Of(connection, transaction, "ledger_entries", m),
            MunicipalityPartition.Of(connection, transaction, "right_states", m));
        var (entries, bulk) = Write(connection, transaction, m, tables, runId, options.Date, changes);
        MarkChangesSeen(connection, transaction, m, emptied);
        var run = new Data.Runs.RunRecord
        {
            Municipality = m, RunId = runId, Date = options.Date, Catalog = catalog.Name, Scope = full ? "full" : "incremental",
            StartedAt = DateTime.UtcNow - meter.Elapsed, CompletedAt = DateTime.UtcNow,
            HouseholdsEvaluated = population?.HouseholdCount ?? 0, PersonsEvaluated = population?.PersonCount ?? 0, LedgerEntries = entries,
        };
        using (var writer = BulkWriter.Create(connection, transaction, "runs", "municipality", "run_id", "date", "catalog", "scope",
                   "started_at", "completed_at", "households_evaluated", "persons_evaluated", "ledger_entries"))
            writer.Write(m, runId, options.Date, catalog.Name, run.Scope, run.StartedAt, run.CompletedAt,
                run.HouseholdsEvaluated, run.PersonsEvaluated, entries);
        transaction.Commit();
        if (bulk) Statistics.Refresh(connection, tables.Ledger, tables.States);
        meter.Lap("write");

        return new RunSummary(runId, run.Scope, run.HouseholdsEvaluated, run.PersonsEvaluated, entries,
            changes.EntriesByEvent.ToDictionary(e => Naming.Kebab(e.Key), e => e.Value), meter.Phases);
    }

    private readonly record struct Previous(long RunId, DateOnly Date, string Catalog);

    private static Previous? PreviousRun(DbConnection connection, DbTransaction transaction, string m)
    {
        using var command = Command(connection, transaction, m,
            "SELECT run_id, date, catalog FROM runs WHERE municipality = @m ORDER BY run_id DESC LIMIT 1");
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new Previous(reader.GetInt64(0), ReadDate(reader, 1), reader.GetString(2));
    }

    /// <summary>
    /// The states a run compares against: all of the municipality's for a full run; for an incremental one,
    /// those of the pending households (removed households stay as empty pending rows until a run has seen them;
    /// a mover's old and new households are both pending).
    /// </summary>
    /// <remarks>
    /// Read on a connection and read-only transaction of its own, beside the run's. It sees what the run sees: the
    /// run holds the municipality's write lock, which every writer of its register and ledger takes, and has
    /// written nothing yet (on SQLite, no other writer can commit while the run's transaction holds the database's
    /// write lock).
    /// </remarks>
    private StoredStates ReadStatesAside(string m, bool full, long evaluated)
    {
        using var connection = database.OpenConnection();
        if (connection is SqliteConnection)
            // A sequential read: a small page cache will do (the run's connection keeps the large one).
            MunicipalitySql.Execute(connection, null, m, "PRAGMA cache_size=-16384");
        using DbTransaction transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : connection.BeginTransaction(global::System.Data.IsolationLevel.RepeatableRead);
        var (persons, households) = Beneficiaries(connection, transaction, m, full, evaluated);
        var states = ReadStates(connection, transaction, m, full, evaluated, persons, households);
        transaction.Commit();
        return states;
    }

    /// <summary>
    /// About how many persons and households the run's beneficiaries are, to size the states' tables for
    /// (<see cref="StoredStates"/>): counted for a full run; for an incremental one, the pending households
    /// times the municipality's persons per household.
    /// </summary>
    private static (int Persons, int Households) Beneficiaries(DbConnection connection, DbTransaction transaction, string m, bool full, long evaluated)
    {
        long Count(string sql)
        {
            using var command = Command(connection, transaction, m, sql);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        long persons = Count("SELECT COUNT(*) FROM persons WHERE municipality = @m");
        long households = Count("SELECT COUNT(*) FROM households WHERE municipality = @m");
        if (full || households == 0) return ((int)persons, (int)households);
        long pending = Count($"SELECT COUNT(*) FROM ({MunicipalitySql.PendingHouseholds(evaluated)}) AS pending");
        return ((int)Math.Min(persons, pending * persons / households + pending), (int)pending);
    }

    /// <param name="persons">The run's persons and <paramref name="households"/> households: the beneficiaries to size for.</param>
    private StoredStates ReadStates(DbConnection connection, DbTransaction transaction, string m, bool full, long evaluated, int persons, int households)
    {
        // A person who moved was moved out of one household and into another by the same import, so both are
        // pending: the mover's stored states (still under the old household) are read with the old household's.
        string filter = full ? "" : $" AND household_id IN ({MunicipalitySql.PendingHouseholds(evaluated)})";
        var states = new StoredStates(persons + households);
        var rights = RegisterRows.Names(catalog.Rights.Select(r => r.Id), id => id);
        // One string per household, not per row: rows of a household seldom follow each other in the order a
        // first run wrote them on PostgreSQL (by stage and right).
        var householdIds = new HashSet<string>(households, StringComparer.Ordinal);
        var householdOf = householdIds.GetAlternateLookup<ReadOnlySpan<char>>();
        char[] beneficiaryText = new char[128], householdText = new char[128];
        string? household = null;
        // In the table's own order: no sort (on PostgreSQL, sorting a million residents' states spilled to disk).
        using var rows = RegisterRows.Query(connection, transaction, m,
            "SELECT beneficiary_id, right_id, household_id, outcome, action, amount, doubtful, stage, stage_since, notice_date, last_entry_id " +
            "FROM right_states WHERE municipality = @m" + filter);
        while (rows.Read())
        {
            // Rights are the catalog's own strings; rows of one household or beneficiary share one string.
            if (household is null || !rows.TextEquals(2, household))
            {
                var text = rows.Chars(2, householdText);
                if (!householdOf.TryGetValue(text, out household))
                    householdIds.Add(household = text.ToString());
            }
            var evaluation = new Evaluation(rows.Match(3, Outcomes, "outcome"), rows.Match(4, Actions, "action"), rows.Decimal(5), rows.Bool(6) == true);
            states.Add(rows.Chars(0, beneficiaryText), rows.Known(1, rights), new StoredState(rows.Match(7, Stages, "stage"), evaluation, household,
                rows.Date(8) ?? throw new InvalidDataException("a stored state has no stage date"), rows.Date(9), rows.Integer(10) ?? 0));
        }
        return states;
    }

    // Stored codes back to values without making a string of each of a million rows.
    private static readonly (byte[], Stage)[] Stages = RegisterRows.Names(Enum.GetValues<Stage>(), s => Naming.Kebab(s));
    private static readonly (byte[], Outcome)[] Outcomes = RegisterRows.Names(Enum.GetValues<Outcome>(), Wire.Name);
    private static readonly (byte[], RightAction)[] Actions = RegisterRows.Names(Enum.GetValues<RightAction>(), Wire.Name);

    /// <summary>Where the run writes: the municipality's partitions of the ledger's two tables (on SQLite the tables).</summary>
    private readonly record struct Tables(string Ledger, string States);

    /// <returns>The number of entries, and whether the write was a bulk one (as many rows as a table held, or more).</returns>
    private static (int Entries, bool Bulk) Write(DbConnection connection, DbTransaction transaction, string m, Tables tables,
        long runId, DateOnly date, Changes changes)
    {
        long next;
        using (var command = Command(connection, transaction, m, "SELECT COALESCE(MAX(entry_id), 0) FROM ledger_entries WHERE municipality = @m"))
            next = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) + 1;

        // A first run writes as many rows as the ledger will hold. On PostgreSQL its keys and indexes are built
        // once, afterwards. On SQLite they are written row by row: the rows come in the order of every index but
        // the stage one, and building an index afterwards meant reading the table just written back inside the
        // transaction, 12.5-14.4 s for 1M persons' 4.6M states against 8 s more for writing into the indexes
        // (docs/benchmarks.md).
        bool entriesInBulk = SecondaryIndexes.WorthIt(connection, transaction, tables.Ledger, changes.Entries.Count);
        bool statesInBulk = SecondaryIndexes.WorthIt(connection, transaction, tables.States, changes.States.Count);
        var suspended = new List<SecondaryIndexes>();
        if (connection is not SqliteConnection)
        {
            if (entriesInBulk) suspended.Add(SecondaryIndexes.Suspend(connection, transaction, tables.Ledger, primaryKeyToo: true));
            if (statesInBulk) suspended.Add(SecondaryIndexes.Suspend(connection, transaction, tables.States, primaryKeyToo: true));
        }

        var recordedAt = DateTime.UtcNow;
        // Entries are numbered in the order the comparison made them; a state's last entry is its pair's latest.
        var values = new object?[17];
        using (var writer = BulkWriter.Create(connection, transaction, tables.Ledger,
                   "municipality", "entry_id", "beneficiary_id", "right_id", "household_id", "event", "stage_after", "occurred_on",
                   "recorded_at", "actor", "run_id", "outcome", "action", "amount", "channel", "reason", "notice_date"))
            foreach (var e in changes.Entries)
            {
                values[0] = m; values[1] = next + e.Number; values[2] = e.Beneficiary; values[3] = e.Right; values[4] = e.Household;
                values[5] = Naming.Kebab(e.Step.Event); values[6] = Naming.Kebab(e.Step.StageAfter); values[7] = date;
                values[8] = recordedAt; values[9] = System; values[10] = runId; values[11] = Wire.Name(e.Now.Outcome);
                values[12] = Wire.Name(e.Now.Action); values[13] = e.Now.Amount; values[14] = null; values[15] = e.Reason;
                values[16] = e.Step.NoticeDate;
                writer.Write(values);
            }

        WriteStates(connection, transaction, m, tables.States, statesInBulk, changes.States, date, runId, next);
        foreach (var indexes in suspended) indexes.Rebuild();
        return (changes.Entries.Count, entriesInBulk || statesInBulk);
    }

    private static readonly string[] StateKey = ["municipality", "beneficiary_id", "right_id"];

    /// <summary>
    /// Writes the states of the pairs that changed: new pairs inserted, stored rows replaced.
    /// <para>
    /// On PostgreSQL the stored rows go in one set delete and every state is copied in; an UPDATE of the same
    /// rows from a copied table measured no faster there (docs/benchmarks.md). On SQLite each stored row is
    /// updated in place by its key, setting the stage and the household only where they changed: SQLite rewrites
    /// the entries of every index whose columns are set, while a delete and an insert touch the table and its
    /// three indexes twice.
    /// </para>
    /// </summary>
    private static void WriteStates(DbConnection connection, DbTransaction transaction, string m, string table, bool inBulk,
        Chunks<Changes.State> states, DateOnly date, long runId, long next)
    {
        if (connection is not SqliteConnection sqlite)
        {
            DeleteByKeys(connection, transaction, m, table, ["beneficiary_id", "right_id"],
                states.Where(s => s.Replaces).Select(s => new object?[] { s.Beneficiary, s.Right }));
            using var copy = BulkWriter.Create(connection, transaction, table, StateColumns);
            var row = new object?[StateColumns.Length];
            foreach (var s in inBulk ? InStageOrder(states) : states)
                copy.Write(StateRow(s, m, date, runId, next, row));
            return;
        }

        var inserts = BulkWriter.Create(connection, transaction, table, StateColumns);
        var insertRow = new object?[StateColumns.Length];
        // One prepared UPDATE for each combination of indexed columns that change, with its own row of values.
        var updates = new Dictionary<(bool Stage, bool Household), (BulkWriter Writer, object?[] Row)>();
        try
        {
            foreach (var s in states)
            {
                if (!s.Replaces)
                {
                    inserts.Write(StateRow(s, m, date, runId, next, insertRow));
                    continue;
                }
                var variant = (s.StageMoved, s.HouseholdMoved);
                if (!updates.TryGetValue(variant, out var update))
                {
                    string[] set = [.. StateValueColumns, .. s.StageMoved ? ["stage"] : Array.Empty<string>(), .. s.HouseholdMoved ? ["household_id"] : Array.Empty<string>()];
                    updates[variant] = update = (BulkWriter.SqliteUpdate(sqlite, (SqliteTransaction)transaction, table, set, StateKey),
                        new object?[set.Length + StateKey.Length]);
                }
                var values = update.Row;
                StateValues(s, date, runId, next, values);
                int i = StateValueColumns.Length;
                if (s.StageMoved) values[i++] = Naming.Kebab(s.Stage);
                if (s.HouseholdMoved) values[i++] = s.Household;
                (values[i], values[i + 1], values[i + 2]) = (m, s.Beneficiary, s.Right);
                update.Writer.Write(values);
            }
        }
        finally
        {
            inserts.Dispose();
            foreach (var (writer, _) in updates.Values) writer.Dispose();
        }
    }

    /// <summary>A state's columns besides its key, household and stage, in the order <see cref="StateValues"/> fills them.</summary>
    private static readonly string[] StateValueColumns =
        ["outcome", "action", "amount", "doubtful", "evaluated_on", "evaluated_in_run", "stage_since", "notice_date", "last_entry_id"];

    /// <summary>Every column of a state, in the order <see cref="StateRow"/> fills them.</summary>
    private static readonly string[] StateColumns = [.. StateKey, "household_id", "stage", .. StateValueColumns];

    /// <summary>A whole state row for an insert or a copy, in <paramref name="row"/> (reused from row to row).</summary>
    private static object?[] StateRow(in Changes.State s, string m, DateOnly date, long runId, long next, object?[] row)
    {
        (row[0], row[1], row[2], row[3], row[4]) = (m, s.Beneficiary, s.Right, s.Household, Naming.Kebab(s.Stage));
        StateValues(s, date, runId, next, row.AsSpan(5));
        return row;
    }

    private static void StateValues(in Changes.State s, DateOnly date, long runId, long next, Span<object?> values)
    {
        values[0] = Wire.Name(s.Now.Outcome); values[1] = Wire.Name(s.Now.Action); values[2] = s.Now.Amount;
        values[3] = s.Now.Doubtful; values[4] = date; values[5] = runId; values[6] = s.StageSince; values[7] = s.NoticeDate;
        values[8] = s.LastEntryId ?? next + s.LastEntryNumber;
    }

    /// <summary>
    /// The states by stage and right, as the stored codes sort (byte order), each group in the comparison's order.
    /// An index built afterwards on (stage, right) of the municipality's partition then finds its rows already
    /// sorted: on PostgreSQL that build took 9.0 s for 1M persons' 4.6M states in household order and 2.9 s in
    /// this order (measured when the index still began with the municipality). Not on
    /// SQLite, whose primary key cannot be suspended: inserting into it out of order cost more (4.7 s) than the
    /// sorted index build saved (4.4 s).
    /// </summary>
    internal static IEnumerable<Changes.State> InStageOrder(Chunks<Changes.State> states)
    {
        // A counting sort of the states' positions by group: stable, and no copy of the states themselves.
        var groups = new Dictionary<(Stage, string), int>();
        var groupOf = new int[states.Count];
        for (int i = 0; i < states.Count; i++)
        {
            ref readonly var s = ref states[i];
            if (!groups.TryGetValue((s.Stage, s.Right), out int group)) groups[(s.Stage, s.Right)] = group = groups.Count;
            groupOf[i] = group;
        }
        var rank = new int[groups.Count];
        int next = 0;
        foreach (var key in groups.Keys.OrderBy(k => Naming.Kebab(k.Item1), StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal))
            rank[groups[key]] = next++;
        var start = new int[groups.Count + 1];
        foreach (int group in groupOf) start[rank[group] + 1]++;
        for (int g = 0; g < groups.Count; g++) start[g + 1] += start[g];
        var order = new int[states.Count];
        for (int i = 0; i < groupOf.Length; i++) order[start[rank[groupOf[i]]]++] = i;
        foreach (int i in order)
            yield return states[i];
    }

    /// <summary>
    /// Every pending change is seen: the municipality's mark moves to its last change, one row however many
    /// households were pending (<see cref="PendingChanges"/>). The empty rows removed households left for this run
    /// go, by the ids the run read (pending, no persons: <paramref name="emptied"/>) under the municipality's lock;
    /// asking the database again for pending households without persons took 0.7–1.1 s on PostgreSQL for 1M
    /// persons (docs/benchmarks.md).
    /// </summary>
    private static void MarkChangesSeen(DbConnection connection, DbTransaction transaction, string m, IReadOnlyCollection<string> emptied)
    {
        if (emptied.Count > 0)
            DeleteByKeys(connection, transaction, m, "households", ["household_id"], emptied.Select(id => new object?[] { id }));
        PendingChanges.MarkAllSeen(connection, transaction, m);
    }

    /// <summary>
    /// Deletes the municipality's rows of <paramref name="table"/> whose <paramref name="columns"/> equal one of
    /// <paramref name="keys"/>: one set delete through a temporary key table, not a statement per key.
    /// </summary>
    private static void DeleteByKeys(DbConnection connection, DbTransaction transaction, string m, string table,
        string[] columns, IEnumerable<object?[]> keys)
    {
        const string Keys = "run_deleted_keys";
        string list = string.Join(", ", columns);
        Execute(connection, transaction, m, $"CREATE TEMPORARY TABLE {Keys} ({string.Join(", ", columns.Select(c => c + " TEXT NOT NULL"))})");
        using (var writer = BulkWriter.Create(connection, transaction, Keys, columns))
            foreach (var key in keys) writer.Write(key);
        Execute(connection, transaction, m, $"DELETE FROM {table} WHERE municipality = @m AND ({list}) IN (SELECT {list} FROM {Keys})");
        Execute(connection, transaction, m, $"DROP TABLE {Keys}");
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string m, string sql) =>
        MunicipalitySql.Execute(connection, transaction, m, sql);

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string m, string sql) =>
        MunicipalitySql.Command(connection, transaction, m, sql);

    private static DateOnly ReadDate(DbDataReader reader, int i) =>
        MunicipalitySql.Date(reader, i) ?? throw new InvalidDataException("a stored date is missing");
}
