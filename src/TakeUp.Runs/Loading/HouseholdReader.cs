using System.Data.Common;
using TakeUp.Data.Register;
using TakeUp.Data.Storage;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Populations;

namespace TakeUp.Runs.Loading;

/// <summary>
/// Reads a municipality's stored register facts back into the engine's households, with each fact's source
/// and as-of date, and with workers' observations laid over them by <see cref="FactPrecedence"/>. Reads through
/// plain data readers (not EF change tracking): a run reads a million persons.
/// </summary>
public static class HouseholdReader
{
    public sealed record Loaded(List<Household> Households, Dictionary<string, string?> PendingChanges);

    /// <summary>The households in scope as objects (a few, or for tests): see <see cref="Stream"/>.</summary>
    public static Loaded Read(Database database, DbConnection connection, DbTransaction transaction, string municipality, LoadScope scope)
    {
        var households = new List<Household>();
        var pending = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (household, changes) in Stream(database, connection, transaction, municipality, scope))
        {
            pending[household.Id] = changes;
            if (household.Members.Count > 0) households.Add(household);
        }
        return new Loaded(households, pending);
    }

    /// <summary>
    /// The households in scope straight into the engine's columns, keeping no object per person: what a run
    /// over a million residents (or a country) loads. Households whose members all left are not in the
    /// population, only in the pending changes (their rights are ended by the run's "gone" rule) and in
    /// <c>Emptied</c>, for the run to delete once it has seen them.
    /// </summary>
    /// <param name="changesEvaluated">the municipality's last change a run has seen, when the caller has read it
    /// already (<see cref="PendingChanges.Evaluated"/>); else it is read here</param>
    public static (Population? Population, Dictionary<string, string?> PendingChanges, List<string> Emptied) ReadPopulation(
        Database database, DbConnection connection, DbTransaction transaction, string municipality, LoadScope scope,
        long? changesEvaluated = null)
    {
        long evaluated = changesEvaluated ?? PendingChanges.Evaluated(connection, transaction, municipality);
        if (scope == LoadScope.Pending) FindPendingPersons(connection, transaction, municipality, evaluated);
        var (households, persons) = Count(connection, transaction, municipality, scope);
        var pending = new Dictionary<string, string?>(StringComparer.Ordinal);
        var emptied = new List<string>();
        var builder = new PopulationBuilder(households, persons, statusCapacity: persons / 2 + 16, incomeCapacity: persons + 16);
        int added = 0;
        foreach (var (household, changes) in StreamInScope(database, connection, transaction, municipality, scope, evaluated))
        {
            if (changes is not null) pending[household.Id] = changes;
            if (household.Members.Count == 0)
            {
                if (changes is not null) emptied.Add(household.Id);
                continue;
            }
            builder.AddHousehold(household.Id);
            builder.SetHousing(household.Housing);
            foreach (var member in household.Members) builder.AddMember(member);
            added++;
        }
        if (scope == LoadScope.Pending) ForgetPendingPersons(connection, transaction, municipality);
        if (added == 0) return (null, pending, emptied);
        if (added != households) throw new InvalidDataException($"{households} households with members counted, {added} read: was the register changed during the run?");
        return (builder.Build(), pending, emptied);
    }

    /// <summary>
    /// The persons of the pending households, found once into a temporary table that the count and the reads of
    /// statuses, incomes and persons then use. Each of those four queries found them again before: on PostgreSQL,
    /// with a fifth of the households pending, each was a scan of the whole persons table. Dropped when read; a
    /// run that fails takes it away with its rolled-back transaction (a temporary table is transactional on both
    /// databases).
    /// </summary>
    private static void FindPendingPersons(DbConnection connection, DbTransaction transaction, string m, long evaluated)
    {
        // A reader stopped half-way in a transaction that then committed would have left it behind.
        bool postgres = connection is Npgsql.NpgsqlConnection;
        Execute(connection, transaction, m, $"DROP TABLE IF EXISTS {(postgres ? "pg_temp" : "temp")}.{PendingPersons}");
        Execute(connection, transaction, m,
            $"CREATE TEMPORARY TABLE {PendingPersons} AS SELECT person_id, household_id FROM persons WHERE municipality = @m " +
            $"AND household_id IN ({MunicipalitySql.PendingHouseholds(evaluated)})");
        // PostgreSQL does not gather statistics on temporary tables by itself; the planner needs their size.
        if (postgres) Execute(connection, transaction, m, $"ANALYZE {PendingPersons}");
    }

    private static void ForgetPendingPersons(DbConnection connection, DbTransaction transaction, string m) =>
        Execute(connection, transaction, m, $"DROP TABLE {PendingPersons}");

    private const string PendingPersons = "run_pending_persons";

    private static void Execute(DbConnection connection, DbTransaction transaction, string m, string sql) =>
        MunicipalitySql.Execute(connection, transaction, m, sql);

    private static (int Households, int Persons) Count(DbConnection connection, DbTransaction transaction, string m, LoadScope scope)
    {
        using var reader = Query(connection, transaction, m, scope == LoadScope.Pending
            ? $"SELECT COUNT(DISTINCT household_id), COUNT(*) FROM {PendingPersons}"
            : "SELECT COUNT(DISTINCT p.household_id), COUNT(*) FROM persons p WHERE p.municipality = @m");
        reader.Read();
        return (Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Every household in scope, in household id order, with its members, their statuses and incomes, and the
    /// household's pending changes. Read on the caller's connection and transaction, one query after another:
    /// statuses and incomes first into per-person lists (a municipality's, or only the pending households'),
    /// then households and persons as two ordered results merged by id. Everything is read inside the run's
    /// transaction, so a run sees one consistent state on PostgreSQL as on SQLite.
    /// </summary>
    public static IEnumerable<(Household Household, string? PendingChanges)> Stream(
        Database database, DbConnection connection, DbTransaction transaction, string municipality, LoadScope scope)
    {
        long evaluated = PendingChanges.Evaluated(connection, transaction, municipality);
        if (scope == LoadScope.Pending) FindPendingPersons(connection, transaction, municipality, evaluated);
        foreach (var household in StreamInScope(database, connection, transaction, municipality, scope, evaluated))
            yield return household;
        if (scope == LoadScope.Pending) ForgetPendingPersons(connection, transaction, municipality);
    }

    /// <summary><see cref="Stream"/>, with the pending persons already found for an incremental scope.</summary>
    /// <param name="evaluated">the municipality's last evaluated change: the pending changes of households changed after it are read</param>
    private static IEnumerable<(Household Household, string? PendingChanges)> StreamInScope(
        Database database, DbConnection connection, DbTransaction transaction, string municipality, LoadScope scope, long evaluated)
    {
        // Driven by the persons index (municipality, household_id, person_id); an incremental run touches only
        // the pending households' rows.
        string inScope = scope == LoadScope.Pending
            ? $" AND p.household_id IN ({MunicipalitySql.PendingHouseholds(evaluated)})" : "";
        string isPending = PendingChanges.Condition(evaluated, "h.");
        string pendingOnly = scope == LoadScope.Pending ? " AND " + isPending : "";
        // Households and persons are merged by ordinal comparison of ids: the database must sort the same way.
        string ordinal = database.Kind == DatabaseKind.Postgres ? " COLLATE \"C\"" : "";
        var observations = Observations(connection, transaction, municipality);

        // Children of the persons in scope, by person id: an IN over the pending persons found once (the planner
        // then probes the primary key per person, or on PostgreSQL hashes them), or the municipality's whole table
        // in key order.
        string ofPersons = scope == LoadScope.Pending
            ? $" AND person_id IN (SELECT person_id FROM {PendingPersons})" : "";
        var statuses = ByPerson(connection, transaction, municipality,
            "SELECT person_id, status, since, until, source, as_of FROM statuses " +
            $"WHERE municipality = @m{ofPersons} ORDER BY person_id, seq",
            rows => new StatusRecord(rows.Code<StatusCode>(1), rows.Date(2)!.Value, rows.Date(3), Source(rows, 4), rows.Date(5)));
        var incomes = ByPerson(connection, transaction, municipality,
            "SELECT person_id, kind, year, gross_taxable, net_monthly, source, as_of FROM incomes " +
            $"WHERE municipality = @m{ofPersons} ORDER BY person_id, seq",
            rows => new IncomeRecord(rows.Code<IncomeKind>(1), rows.Int(2)!.Value, rows.Decimal(3), rows.Decimal(4), Source(rows, 5), rows.Date(6)));

        var housing = new List<(string Id, Housing Housing, string? Pending)>();
        using (var rows = Rows(connection, transaction, municipality,
                   "SELECT h.household_id, h.tenure, h.tenure_source, h.tenure_as_of, h.collective_heating, h.collective_heating_source, h.collective_heating_as_of, " +
                   "h.heating_fuel, h.heating_fuel_source, h.heating_fuel_as_of, h.monthly_rent, h.monthly_rent_source, h.monthly_rent_as_of, " +
                   "h.waiting_list_since, h.waiting_list_since_source, h.waiting_list_since_as_of, " +
                   $"CASE WHEN {isPending} THEN h.pending_changes END " +
                   $"FROM households h WHERE h.municipality = @m{pendingOnly} ORDER BY h.household_id{ordinal}"))
            while (rows.Read())
                housing.Add((rows.String(0), Housing(rows), rows.NullableString(16)));

        using var persons = Rows(connection, transaction, municipality,
            "SELECT p.person_id, p.household_id, p.insz, p.relation, p.partner_kind, " +
            "p.birth_date, p.birth_date_source, p.birth_date_as_of, p.dependent, p.dependent_source, p.dependent_as_of, " +
            "p.registered_at_address, p.registered_at_address_source, p.registered_at_address_as_of, " +
            "p.residence, p.residence_source, p.residence_as_of, p.recognition_percent, p.recognition_percent_source, p.recognition_percent_as_of, " +
            "p.pillar_1_points, p.pillar_1_points_source, p.pillar_1_points_as_of, p.zorgtoeslag_points, p.zorgtoeslag_points_source, p.zorgtoeslag_points_as_of, " +
            "p.abroad_days_last_year, p.abroad_days_last_year_source, p.abroad_days_last_year_as_of, p.statuses_known, p.incomes_known " +
            $"FROM persons p WHERE p.municipality = @m{inScope} ORDER BY p.household_id{ordinal}, p.person_id{ordinal}");
        bool hasPerson = persons.Read();
        foreach (var (id, facts, pending) in housing)
        {
            var members = new List<Member>();
            while (hasPerson && persons.TextEquals(1, id))
            {
                string personId = persons.String(0);
                List<StatusRecord>? statusList = persons.Bool(29) == true ? statuses.GetValueOrDefault(personId) ?? [] : null;
                List<IncomeRecord>? incomeList = persons.Bool(30) == true ? incomes.GetValueOrDefault(personId) ?? [] : null;
                var member = Member(persons, statusList, incomeList);
                if (observations.TryGetValue(("person", personId), out var seenMember)) member = ObservationOverlay.Apply(member, seenMember);
                members.Add(member);
                hasPerson = persons.Read();
            }
            var seenHousing = observations.TryGetValue(("household", id), out var seen) ? ObservationOverlay.Apply(facts, seen) : facts;
            yield return (new Household(id, members) { Municipality = municipality, Housing = seenHousing }, pending);
        }
        if (hasPerson)
            throw new InvalidDataException($"person {persons.String(0)} belongs to household {persons.String(1)}, which is not in the register");
    }

    private static Member Member(RegisterRows r, List<StatusRecord>? statuses, List<IncomeRecord>? incomes) =>
        new(r.String(0), r.Code<Relation>(3))
        {
            Insz = r.NullableString(2),
            PartnerKind = r.NullableCode<PartnerKind>(4),
            BirthDate = new Fact<DateOnly>(r.Date(5), Source(r, 6), r.Date(7)),
            Dependent = new Fact<bool>(r.Bool(8), Source(r, 9), r.Date(10)),
            RegisteredAtAddress = new Fact<bool>(r.Bool(11), Source(r, 12), r.Date(13)),
            Residence = new Fact<Residence>(r.NullableCode<Residence>(14), Source(r, 15), r.Date(16)),
            RecognitionPercent = new Fact<decimal>(r.Decimal(17), Source(r, 18), r.Date(19)),
            Pillar1Points = new Fact<int>(r.Int(20), Source(r, 21), r.Date(22)),
            ZorgtoeslagPoints = new Fact<int>(r.Int(23), Source(r, 24), r.Date(25)),
            AbroadDaysLastYear = new Fact<int>(r.Int(26), Source(r, 27), r.Date(28)),
            Statuses = statuses,
            Incomes = incomes,
        };

    private static Housing Housing(RegisterRows r) => new()
    {
        Tenure = new Fact<Tenure>(r.NullableCode<Tenure>(1), Source(r, 2), r.Date(3)),
        CollectiveHeating = new Fact<bool>(r.Bool(4), Source(r, 5), r.Date(6)),
        HeatingFuel = new Fact<HeatingFuel>(r.NullableCode<HeatingFuel>(7), Source(r, 8), r.Date(9)),
        MonthlyRent = new Fact<decimal>(r.Decimal(10), Source(r, 11), r.Date(12)),
        WaitingListSince = new Fact<DateOnly>(r.Date(13), Source(r, 14), r.Date(15)),
    };

    private static Dictionary<(string Kind, string Id), List<ObservedFact>> Observations(DbConnection connection, DbTransaction transaction, string municipality)
    {
        var bySubject = new Dictionary<(string, string), List<ObservedFact>>();
        using var reader = Query(connection, transaction, municipality,
            "SELECT subject_kind, subject_id, field, value, observed_on, source, worker FROM observed_facts " +
            "WHERE municipality = @m ORDER BY observed_on, observation_id");
        while (reader.Read())
        {
            var fact = new ObservedFact
            {
                Municipality = municipality, SubjectKind = reader.GetString(0), SubjectId = reader.GetString(1),
                Field = reader.GetString(2), Value = reader.GetString(3), ObservedOn = Date(reader, 4)!.Value,
                Source = reader.GetString(5), Worker = reader.GetString(6),
            };
            ListOf(bySubject, (fact.SubjectKind, fact.SubjectId)).Add(fact);
        }
        return bySubject;
    }

    private static DbDataReader Query(DbConnection connection, DbTransaction? transaction, string municipality, string sql) =>
        MunicipalitySql.Query(connection, transaction, municipality, sql);

    private static RegisterRows Rows(DbConnection connection, DbTransaction transaction, string municipality, string sql) =>
        RegisterRows.Query(connection, transaction, municipality, sql);

    private static FactSource? Source(RegisterRows r, int i) => r.NullableCode<FactSource>(i);

    /// <summary>
    /// A person's records (statuses, incomes) by person id, from a query whose first column is the person id and
    /// whose rows come by person: one look-up per person, not per row.
    /// </summary>
    private static Dictionary<string, List<T>> ByPerson<T>(DbConnection connection, DbTransaction transaction, string municipality,
        string sql, Func<RegisterRows, T> record)
    {
        var byPerson = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        using var rows = Rows(connection, transaction, municipality, sql);
        List<T>? list = null;
        string? person = null;
        while (rows.Read())
        {
            if (person is null || !rows.TextEquals(0, person)) list = ListOf(byPerson, person = rows.String(0));
            list!.Add(record(rows));
        }
        return byPerson;
    }

    private static List<TValue> ListOf<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }

    internal static T Code<T>(string text) where T : struct, Enum =>
        Codes.TryParse<T>(text, out var value) ? value
            : throw new InvalidDataException($"stored value '{text}' is not a {typeof(T).Name} code");

    private static DateOnly? Date(DbDataReader r, int i) => MunicipalitySql.Date(r, i);
}
