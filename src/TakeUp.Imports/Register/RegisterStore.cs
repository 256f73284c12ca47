using System.Data.Common;
using TakeUp.Data.Imports;
using TakeUp.Data.Register;
using TakeUp.Data.Storage;
using TakeUp.Imports.Validation;

namespace TakeUp.Imports.Register;

/// <summary>
/// The register tables of one municipality, read and written inside one transaction with plain SQL (the same
/// text on SQLite and PostgreSQL) and the <see cref="BulkWriter"/> for large inserts.
/// </summary>
internal sealed class RegisterStore(DbConnection connection, DbTransaction? transaction, string municipality)
{
    private static readonly string[] HouseholdColumns =
        ["municipality", "household_id", .. FactFields.Household.SelectMany(Provenance), "pending_changes", "changed_by_import", "change_number"];

    private static readonly string[] PersonColumns =
        ["municipality", "person_id", "household_id", "insz", "relation", "partner_kind",
         .. FactFields.Person.SelectMany(Provenance), "statuses_known", "incomes_known"];

    private static readonly string[] StatusColumns = ["municipality", "person_id", "seq", "status", "since", "until", "source", "as_of"];

    private static readonly string[] IncomeColumns = ["municipality", "person_id", "seq", "kind", "year", "gross_taxable", "net_monthly", "source", "as_of"];

    private static IEnumerable<string> Provenance<TRow>(FactField<TRow> f) => [f.Column, f.Column + "_source", f.Column + "_as_of"];

    public string Municipality => municipality;

    /// <summary>Creates the municipality when it is new and locks it against a concurrent import.</summary>
    public void LockMunicipality(DateTime now)
    {
        Database.EnsureMunicipality(connection, transaction, municipality, now);
        // The same lock runs and ledger entries take: one writer per municipality at a time.
        MunicipalityLock.Acquire(connection, transaction!, municipality);
    }

    public ImportRecord? FindImport(string sha256)
    {
        using var command = Command("SELECT import_id, kind, file_name, applied_at, records, quarantined, households_changed FROM imports WHERE municipality = @m AND sha_256 = @sha");
        MunicipalityCommand.Bind(command, "sha", sha256);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new ImportRecord
        {
            Municipality = municipality, ImportId = reader.GetInt64(0), Kind = reader.GetString(1), FileName = reader.GetString(2),
            Sha256 = sha256, AppliedAt = reader.GetDateTime(3), Records = reader.GetInt32(4), Quarantined = reader.GetInt32(5),
            HouseholdsChanged = reader.GetInt32(6),
        };
    }

    public long NextId(string table, string column)
    {
        using var command = Command($"SELECT COALESCE(MAX({column}), 0) + 1 FROM {table} WHERE municipality = @m");
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public int CountHouseholds()
    {
        using var command = Command("SELECT COUNT(*) FROM households WHERE municipality = @m");
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every household of the municipality with its persons, statuses and incomes.</summary>
    public Dictionary<string, RegisterHousehold> LoadAll(IProgress<ImportProgress>? progress)
    {
        var households = new Dictionary<string, RegisterHousehold>(StringComparer.Ordinal);
        var persons = new Dictionary<string, RegisterPerson>(StringComparer.Ordinal);
        progress?.Report(new ImportProgress("load stored register", 0, null));
        ReadHouseholds("", null, h => households.Add(h.Id, h));
        ReadPersons("", null, p =>
        {
            persons.Add(p.Id, p);
            if (households.TryGetValue(p.Row.HouseholdId, out var h)) h.Persons.Add(p);
        });
        ReadStatuses("", null, s => { if (persons.TryGetValue(s.PersonId, out var p)) p.Statuses.Add(s); });
        ReadIncomes("", null, i => { if (persons.TryGetValue(i.PersonId, out var p)) p.Incomes.Add(i); });
        progress?.Report(new ImportProgress("load stored register", persons.Count, persons.Count));
        return households;
    }

    /// <summary>One household as stored, or null.</summary>
    public RegisterHousehold? LoadHousehold(string id)
    {
        RegisterHousehold? household = null;
        ReadHouseholds(" AND household_id = @id", id, h => household = h);
        if (household is null) return null;
        var persons = new Dictionary<string, RegisterPerson>(StringComparer.Ordinal);
        ReadPersons(" AND household_id = @id", id, p => { persons.Add(p.Id, p); household.Persons.Add(p); });
        const string members = " AND person_id IN (SELECT person_id FROM persons WHERE municipality = @m AND household_id = @id)";
        ReadStatuses(members, id, s => { if (persons.TryGetValue(s.PersonId, out var p)) p.Statuses.Add(s); });
        ReadIncomes(members, id, i => { if (persons.TryGetValue(i.PersonId, out var p)) p.Incomes.Add(i); });
        return household;
    }

    /// <summary>
    /// The stored households with these ids, with their persons, statuses and incomes, in four queries over a
    /// temporary key table: what a mutations file names, loaded at once instead of four queries per household.
    /// </summary>
    public Dictionary<string, RegisterHousehold> LoadHouseholds(IReadOnlyCollection<string> ids)
    {
        var households = new Dictionary<string, RegisterHousehold>(StringComparer.Ordinal);
        if (ids.Count == 0) return households;
        FillKeys(ids);
        const string inKeys = " AND household_id IN (SELECT id FROM import_keys)";
        var persons = new Dictionary<string, RegisterPerson>(StringComparer.Ordinal);
        ReadHouseholds(inKeys, null, h => households.Add(h.Id, h));
        ReadPersons(inKeys, null, p =>
        {
            persons.Add(p.Id, p);
            if (households.TryGetValue(p.Row.HouseholdId, out var h)) h.Persons.Add(p);
        });
        const string members = " AND person_id IN (SELECT person_id FROM persons WHERE municipality = @m" + inKeys + ")";
        ReadStatuses(members, null, st => { if (persons.TryGetValue(st.PersonId, out var p)) p.Statuses.Add(st); });
        ReadIncomes(members, null, i => { if (persons.TryGetValue(i.PersonId, out var p)) p.Incomes.Add(i); });
        return households;
    }

    /// <summary>For each of these person ids (or, with <paramref name="byInsz"/>, INSZ numbers) that is stored: its household.</summary>
    public Dictionary<string, string> HouseholdsOf(IReadOnlyCollection<string> keys, bool byInsz)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count == 0) return found;
        FillKeys(keys);
        string column = byInsz ? "insz" : "person_id";
        using var command = Command($"SELECT {column}, household_id FROM persons WHERE municipality = @m AND {column} IN (SELECT id FROM import_keys)");
        using var reader = command.ExecuteReader();
        while (reader.Read()) found[reader.GetString(0)] = reader.GetString(1);
        return found;
    }

    /// <summary>The household a stored person belongs to, or null when there is no such person.</summary>
    public string? HouseholdOfPerson(string personId) => Scalar("SELECT household_id FROM persons WHERE municipality = @m AND person_id = @id", personId);

    /// <summary>The household of the stored person with this INSZ, or null.</summary>
    public string? HouseholdOfInsz(string insz) => Scalar("SELECT household_id FROM persons WHERE municipality = @m AND insz = @id", insz);

    /// <summary>Removes households (with their persons, statuses, incomes) and the given persons wherever they are.</summary>
    public void Delete(IReadOnlyCollection<string> householdIds, IReadOnlyCollection<string> personIds, bool everything)
    {
        if (everything)
        {
            foreach (var table in new[] { "statuses", "incomes", "persons", "households" })
                Execute($"DELETE FROM {table} WHERE municipality = @m");
            return;
        }
        if (householdIds.Count == 0 && personIds.Count == 0) return;
        FillKeys(personIds);
        foreach (var table in new[] { "statuses", "incomes", "persons" })
            Execute($"DELETE FROM {table} WHERE municipality = @m AND person_id IN (SELECT id FROM import_keys)");
        FillKeys(householdIds);
        Execute("DELETE FROM households WHERE municipality = @m AND household_id IN (SELECT id FROM import_keys)");
        Execute("DELETE FROM import_keys");
    }

    public void Insert(IEnumerable<RegisterHousehold> households, IProgress<ImportProgress>? progress, long total)
    {
        var persons = new List<RegisterPerson>();
        using (var writer = BulkWriter.Create(connection, transaction!, "households", HouseholdColumns))
        {
            var values = new object?[HouseholdColumns.Length];
            foreach (var household in households)
            {
                var row = household.Row;
                int c = 0;
                values[c++] = municipality;
                values[c++] = row.HouseholdId;
                foreach (var field in FactFields.Household)
                {
                    values[c++] = field.Get(row);
                    values[c++] = field.Source(row);
                    values[c++] = field.AsOf(row);
                }
                values[c++] = row.PendingChanges;
                values[c++] = row.ChangedByImport;
                values[c] = row.ChangeNumber;
                writer.Write((object?[])values.Clone());
                persons.AddRange(household.Persons);
                if (writer.Rows % 65536 == 0) progress?.Report(new ImportProgress("write households", writer.Rows, total));
            }
        }
        progress?.Report(new ImportProgress("write persons", 0, persons.Count));
        using (var writer = BulkWriter.Create(connection, transaction!, "persons", PersonColumns))
        {
            foreach (var person in persons)
            {
                var row = person.Row;
                var values = new object?[PersonColumns.Length];
                int c = 0;
                values[c++] = municipality;
                values[c++] = row.PersonId;
                values[c++] = row.HouseholdId;
                values[c++] = row.Insz;
                values[c++] = row.Relation;
                values[c++] = row.PartnerKind;
                foreach (var field in FactFields.Person)
                {
                    values[c++] = field.Get(row);
                    values[c++] = field.Source(row);
                    values[c++] = field.AsOf(row);
                }
                values[c++] = row.StatusesKnown;
                values[c] = row.IncomesKnown;
                writer.Write(values);
                if (writer.Rows % 65536 == 0) progress?.Report(new ImportProgress("write persons", writer.Rows, persons.Count));
            }
        }
        progress?.Report(new ImportProgress("write statuses and incomes", 0, persons.Count));
        using (var writer = BulkWriter.Create(connection, transaction!, "statuses", StatusColumns))
            foreach (var person in persons)
            {
                int seq = 0;
                foreach (var s in person.Statuses)
                    writer.Write(municipality, person.Id, seq++, s.Status, s.Since, s.Until, s.Source, s.AsOf);
            }
        using (var writer = BulkWriter.Create(connection, transaction!, "incomes", IncomeColumns))
            foreach (var person in persons)
            {
                int seq = 0;
                foreach (var i in person.Incomes)
                    writer.Write(municipality, person.Id, seq++, i.Kind, i.Year, i.GrossTaxable, i.NetMonthly, i.Source, i.AsOf);
            }
        progress?.Report(new ImportProgress("write statuses and incomes", persons.Count, persons.Count));
    }

    public void InsertImport(ImportRecord record)
    {
        using var writer = BulkWriter.Create(connection, transaction!, "imports",
            "municipality", "import_id", "kind", "file_name", "sha_256", "applied_at", "records", "quarantined", "households_changed");
        writer.Write(municipality, record.ImportId, record.Kind, record.FileName, record.Sha256, record.AppliedAt, record.Records, record.Quarantined, record.HouseholdsChanged);
    }

    public void InsertQuarantined(IEnumerable<QuarantinedRecord> records)
    {
        using var writer = BulkWriter.Create(connection, transaction!, "quarantined_records",
            "municipality", "import_id", "seq", "file", "line", "field", "reason", "raw");
        foreach (var r in records)
            writer.Write(municipality, r.ImportId, r.Seq, r.File, r.Line, r.Field, r.Reason, r.Raw);
    }

    public void InsertConflicts(IEnumerable<FactConflict> conflicts)
    {
        using var writer = BulkWriter.Create(connection, transaction!, "fact_conflicts",
            "municipality", "conflict_id", "subject_kind", "subject_id", "field", "register_value", "register_as_of",
            "observed_value", "observed_on", "winner", "rule", "import_id", "detected_at");
        foreach (var c in conflicts)
            writer.Write(municipality, c.ConflictId, c.SubjectKind, c.SubjectId, c.Field, c.RegisterValue, c.RegisterAsOf,
                c.ObservedValue, c.ObservedOn, c.Winner, c.Rule, c.ImportId, c.DetectedAt);
    }

    public void InsertObservation(ObservedFact o)
    {
        using var writer = BulkWriter.Create(connection, transaction!, "observed_facts",
            "municipality", "observation_id", "subject_kind", "subject_id", "field", "value", "observed_on", "source", "worker", "note", "recorded_at");
        writer.Write(municipality, o.ObservationId, o.SubjectKind, o.SubjectId, o.Field, o.Value, o.ObservedOn, o.Source, o.Worker, o.Note, o.RecordedAt);
    }

    /// <summary>The latest observation of each (subject kind, subject, field): what a register value is compared with.</summary>
    public Dictionary<(string Kind, string Subject, string Field), ObservedFact> LatestObservations()
    {
        var latest = new Dictionary<(string, string, string), ObservedFact>();
        using var command = Command("SELECT observation_id, subject_kind, subject_id, field, value, observed_on, source, worker FROM observed_facts WHERE municipality = @m ORDER BY observed_on, observation_id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var o = new ObservedFact
            {
                Municipality = municipality, ObservationId = reader.GetInt64(0), SubjectKind = reader.GetString(1), SubjectId = reader.GetString(2),
                Field = reader.GetString(3), Value = reader.GetString(4), ObservedOn = reader.GetFieldValue<DateOnly>(5),
                Source = reader.GetString(6), Worker = reader.GetString(7),
            };
            latest[(o.SubjectKind, o.SubjectId, o.Field)] = o;
        }
        return latest;
    }

    /// <summary>Appends lines to a household's pending changes (an observation, for instance).</summary>
    public void MarkPending(string householdId, string line)
    {
        string? current = null;
        long evaluated = ChangesEvaluated();
        using (var read = Command("SELECT pending_changes, change_number FROM households WHERE municipality = @m AND household_id = @id"))
        {
            MunicipalityCommand.Bind(read, "id", householdId);
            using var reader = read.ExecuteReader();
            if (reader.Read() && !reader.IsDBNull(0) && reader.GetInt64(1) > evaluated) current = reader.GetString(0);
        }
        using var write = Command("UPDATE households SET pending_changes = @p, change_number = @n WHERE municipality = @m AND household_id = @id");
        MunicipalityCommand.Bind(write, "id", householdId);
        MunicipalityCommand.Bind(write, "p", RegisterDiff.Merge(current, [line]));
        MunicipalityCommand.Bind(write, "n", NextChangeNumber());
        write.ExecuteNonQuery();
    }

    private long? _changesEvaluated;
    private long? _changeNumber;

    /// <summary>The last change a run of this municipality has seen: households changed after it are pending.</summary>
    private long ChangesEvaluated() => _changesEvaluated ??= PendingChanges.Evaluated(connection, transaction, municipality);

    /// <summary>The number of this transaction's change, stamped on every household it changes: taken once.</summary>
    public long NextChangeNumber() => _changeNumber ??= PendingChanges.TakeNextNumber(connection, transaction!, municipality);

    /// <summary>
    /// The temporary key table (<c>import_keys</c>) filled with these keys, for set queries and deletes. Byte-order
    /// text on PostgreSQL, like the register's own columns, so that their key indexes serve the look-ups.
    /// </summary>
    private void FillKeys(IReadOnlyCollection<string> keys)
    {
        Execute(connection is Npgsql.NpgsqlConnection
            ? "CREATE TEMP TABLE IF NOT EXISTS import_keys (id text COLLATE \"C\" PRIMARY KEY) ON COMMIT DROP"
            : "CREATE TEMP TABLE IF NOT EXISTS import_keys (id TEXT PRIMARY KEY)");
        Execute("DELETE FROM import_keys");
        using (var writer = BulkWriter.Create(connection, transaction!, "import_keys", "id"))
            foreach (var key in keys.Distinct(StringComparer.Ordinal)) writer.Write(key);
        if (connection is Npgsql.NpgsqlConnection) Execute("ANALYZE import_keys");
    }

    private void ReadHouseholds(string where, string? id, Action<RegisterHousehold> add)
    {
        long evaluated = ChangesEvaluated();
        using var command = Command($"SELECT {string.Join(", ", HouseholdColumns)} FROM households WHERE municipality = @m{where}");
        if (id is not null) MunicipalityCommand.Bind(command, "id", id);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new HouseholdRow { Municipality = municipality, HouseholdId = reader.GetString(1) };
            int c = 2;
            foreach (var field in FactFields.Household)
            {
                field.Set(row, Value(reader, c, field.Spec), Source(reader, c + 1), Date(reader, c + 2));
                c += 3;
            }
            row.ChangedByImport = reader.IsDBNull(c + 1) ? null : reader.GetInt64(c + 1);
            row.ChangeNumber = reader.GetInt64(c + 2);
            // Lines a run has already seen are not pending any more: a new change starts afresh.
            row.PendingChanges = reader.IsDBNull(c) || row.ChangeNumber <= evaluated ? null : reader.GetString(c);
            add(new RegisterHousehold(row));
        }
    }

    private void ReadPersons(string where, string? id, Action<RegisterPerson> add)
    {
        using var command = Command($"SELECT {string.Join(", ", PersonColumns)} FROM persons WHERE municipality = @m{where}");
        if (id is not null) MunicipalityCommand.Bind(command, "id", id);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new PersonRow
            {
                Municipality = municipality, PersonId = reader.GetString(1), HouseholdId = reader.GetString(2),
                Insz = reader.IsDBNull(3) ? null : reader.GetString(3), Relation = Code(reader.GetString(4)),
                PartnerKind = reader.IsDBNull(5) ? null : Code(reader.GetString(5)),
            };
            int c = 6;
            foreach (var field in FactFields.Person)
            {
                field.Set(row, Value(reader, c, field.Spec), Source(reader, c + 1), Date(reader, c + 2));
                c += 3;
            }
            row.StatusesKnown = reader.GetBoolean(c);
            row.IncomesKnown = reader.GetBoolean(c + 1);
            add(new RegisterPerson(row));
        }
    }

    private void ReadStatuses(string where, string? id, Action<StatusRow> add)
    {
        using var command = Command($"SELECT person_id, seq, status, since, until, source, as_of FROM statuses WHERE municipality = @m{where} ORDER BY person_id, seq");
        if (id is not null) MunicipalityCommand.Bind(command, "id", id);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            add(new StatusRow
            {
                Municipality = municipality, PersonId = reader.GetString(0), Seq = reader.GetInt32(1), Status = Code(reader.GetString(2)),
                Since = reader.GetFieldValue<DateOnly>(3), Until = Date(reader, 4), Source = Source(reader, 5), AsOf = Date(reader, 6),
            });
    }

    private void ReadIncomes(string where, string? id, Action<IncomeRow> add)
    {
        using var command = Command($"SELECT person_id, seq, kind, year, gross_taxable, net_monthly, source, as_of FROM incomes WHERE municipality = @m{where} ORDER BY person_id, seq");
        if (id is not null) MunicipalityCommand.Bind(command, "id", id);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            add(new IncomeRow
            {
                Municipality = municipality, PersonId = reader.GetString(0), Seq = reader.GetInt32(1), Kind = Code(reader.GetString(2)),
                Year = reader.GetInt32(3), GrossTaxable = reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                NetMonthly = reader.IsDBNull(5) ? null : reader.GetDecimal(5), Source = Source(reader, 6), AsOf = Date(reader, 7),
            });
    }

    private static object? Value(DbDataReader reader, int i, ValueSpec spec)
    {
        if (reader.IsDBNull(i)) return null;
        return spec switch
        {
            BoolSpec => reader.GetBoolean(i),
            DecimalSpec => reader.GetDecimal(i),
            IntSpec => reader.GetInt32(i),
            DateSpec => reader.GetFieldValue<DateOnly>(i),
            _ => Code(reader.GetString(i)),
        };
    }

    private static string? Source(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : Code(reader.GetString(i));

    private static DateOnly? Date(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i);

    /// <summary>Codes repeat millions of times: one string instance each.</summary>
    private static string Code(string text) => string.IsInterned(text) ?? string.Intern(text);

    private string? Scalar(string sql, string id)
    {
        using var command = Command(sql);
        MunicipalityCommand.Bind(command, "id", id);
        return command.ExecuteScalar() as string;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private DbCommand Command(string sql)
    {
        var command = MunicipalityCommand.Create(connection, transaction, municipality, sql);
        command.CommandTimeout = 0;
        return command;
    }
}
