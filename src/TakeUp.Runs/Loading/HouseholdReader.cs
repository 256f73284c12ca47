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
    /// population, only in the pending changes (their rights are ended by the run's "gone" rule).
    /// </summary>
    public static (Population? Population, Dictionary<string, string?> PendingChanges) ReadPopulation(
        Database database, DbConnection connection, DbTransaction transaction, string municipality, LoadScope scope)
    {
        var (households, persons) = Count(connection, transaction, municipality, scope);
        var pending = new Dictionary<string, string?>(StringComparer.Ordinal);
        var builder = new PopulationBuilder(households, persons, statusCapacity: persons / 2 + 16, incomeCapacity: persons + 16);
        int added = 0;
        foreach (var (household, changes) in Stream(database, connection, transaction, municipality, scope))
        {
            if (changes is not null) pending[household.Id] = changes;
            if (household.Members.Count == 0) continue;
            builder.AddHousehold(household.Id);
            builder.SetHousing(household.Housing);
            foreach (var member in household.Members) builder.AddMember(member);
            added++;
        }
        if (added == 0) return (null, pending);
        if (added != households) throw new InvalidDataException($"{households} households with members counted, {added} read: was the register changed during the run?");
        return (builder.Build(), pending);
    }

    private static (int Households, int Persons) Count(DbConnection connection, DbTransaction transaction, string m, LoadScope scope)
    {
        string inScope = scope == LoadScope.Pending
            ? " AND p.household_id IN (SELECT household_id FROM households WHERE municipality = @m AND pending_changes IS NOT NULL)" : "";
        using var reader = Query(connection, transaction, m,
            $"SELECT COUNT(DISTINCT p.household_id), COUNT(*) FROM persons p WHERE p.municipality = @m{inScope}");
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
        // Driven by the persons index (municipality, household_id, person_id); an incremental run touches only
        // the pending households' rows.
        string inScope = scope == LoadScope.Pending
            ? " AND p.household_id IN (SELECT household_id FROM households WHERE municipality = @m AND pending_changes IS NOT NULL)" : "";
        string pendingOnly = scope == LoadScope.Pending ? " AND h.pending_changes IS NOT NULL" : "";
        // Households and persons are merged by ordinal comparison of ids: the database must sort the same way.
        string ordinal = database.Kind == DatabaseKind.Postgres ? " COLLATE \"C\"" : "";
        var observations = Observations(connection, transaction, municipality);

        // Children of the persons in scope, by person id: an IN over the pending persons (the planner then probes
        // the primary key per person), or the municipality's whole table in key order.
        string ofPersons = scope == LoadScope.Pending
            ? " AND person_id IN (SELECT person_id FROM persons p WHERE p.municipality = @m" + inScope + ")" : "";
        var statuses = new Dictionary<string, List<StatusRecord>>(StringComparer.Ordinal);
        using (var reader = Query(connection, transaction, municipality,
                   "SELECT person_id, status, since, until, source, as_of FROM statuses " +
                   $"WHERE municipality = @m{ofPersons} ORDER BY person_id, seq"))
            while (reader.Read())
                ListOf(statuses, reader.GetString(0)).Add(new StatusRecord(Code<StatusCode>(reader.GetString(1)), Date(reader, 2)!.Value,
                    Date(reader, 3), Source(reader, 4), Date(reader, 5)));

        var incomes = new Dictionary<string, List<IncomeRecord>>(StringComparer.Ordinal);
        using (var reader = Query(connection, transaction, municipality,
                   "SELECT person_id, kind, year, gross_taxable, net_monthly, source, as_of FROM incomes " +
                   $"WHERE municipality = @m{ofPersons} ORDER BY person_id, seq"))
            while (reader.Read())
                ListOf(incomes, reader.GetString(0)).Add(new IncomeRecord(Code<IncomeKind>(reader.GetString(1)),
                    Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                    Decimal(reader, 3), Decimal(reader, 4), Source(reader, 5), Date(reader, 6)));

        var housing = new List<(string Id, Housing Housing, string? Pending)>();
        using (var reader = Query(connection, transaction, municipality,
                   "SELECT h.household_id, h.tenure, h.tenure_source, h.tenure_as_of, h.collective_heating, h.collective_heating_source, h.collective_heating_as_of, " +
                   "h.heating_fuel, h.heating_fuel_source, h.heating_fuel_as_of, h.monthly_rent, h.monthly_rent_source, h.monthly_rent_as_of, " +
                   "h.waiting_list_since, h.waiting_list_since_source, h.waiting_list_since_as_of, h.pending_changes " +
                   $"FROM households h WHERE h.municipality = @m{pendingOnly} ORDER BY h.household_id{ordinal}"))
            while (reader.Read())
                housing.Add((reader.GetString(0), Housing(reader), reader.IsDBNull(16) ? null : reader.GetString(16)));

        using var persons = Query(connection, transaction, municipality,
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
            while (hasPerson && persons.GetString(1) == id)
            {
                string personId = persons.GetString(0);
                List<StatusRecord>? statusList = Bool(persons, 29) == true ? statuses.GetValueOrDefault(personId) ?? [] : null;
                List<IncomeRecord>? incomeList = Bool(persons, 30) == true ? incomes.GetValueOrDefault(personId) ?? [] : null;
                var member = Member(persons, statusList, incomeList);
                if (observations.TryGetValue(("person", personId), out var seenMember)) member = ObservationOverlay.Apply(member, seenMember);
                members.Add(member);
                hasPerson = persons.Read();
            }
            var seenHousing = observations.TryGetValue(("household", id), out var seen) ? ObservationOverlay.Apply(facts, seen) : facts;
            yield return (new Household(id, members) { Municipality = municipality, Housing = seenHousing }, pending);
        }
        if (hasPerson)
            throw new InvalidDataException($"person {persons.GetString(0)} belongs to household {persons.GetString(1)}, which is not in the register");
    }

    private static Member Member(DbDataReader reader, List<StatusRecord>? statuses, List<IncomeRecord>? incomes) =>
        new(reader.GetString(0), Code<Relation>(reader.GetString(3)))
        {
            Insz = reader.IsDBNull(2) ? null : reader.GetString(2),
            PartnerKind = reader.IsDBNull(4) ? null : Code<PartnerKind>(reader.GetString(4)),
            BirthDate = new Fact<DateOnly>(Date(reader, 5), Source(reader, 6), Date(reader, 7)),
            Dependent = new Fact<bool>(Bool(reader, 8), Source(reader, 9), Date(reader, 10)),
            RegisteredAtAddress = new Fact<bool>(Bool(reader, 11), Source(reader, 12), Date(reader, 13)),
            Residence = new Fact<Residence>(reader.IsDBNull(14) ? null : Code<Residence>(reader.GetString(14)), Source(reader, 15), Date(reader, 16)),
            RecognitionPercent = new Fact<decimal>(Decimal(reader, 17), Source(reader, 18), Date(reader, 19)),
            Pillar1Points = new Fact<int>(Int(reader, 20), Source(reader, 21), Date(reader, 22)),
            ZorgtoeslagPoints = new Fact<int>(Int(reader, 23), Source(reader, 24), Date(reader, 25)),
            AbroadDaysLastYear = new Fact<int>(Int(reader, 26), Source(reader, 27), Date(reader, 28)),
            Statuses = statuses,
            Incomes = incomes,
        };

    private static Housing Housing(DbDataReader reader) => new()
    {
        Tenure = new Fact<Tenure>(reader.IsDBNull(1) ? null : Code<Tenure>(reader.GetString(1)), Source(reader, 2), Date(reader, 3)),
        CollectiveHeating = new Fact<bool>(Bool(reader, 4), Source(reader, 5), Date(reader, 6)),
        HeatingFuel = new Fact<HeatingFuel>(reader.IsDBNull(7) ? null : Code<HeatingFuel>(reader.GetString(7)), Source(reader, 8), Date(reader, 9)),
        MonthlyRent = new Fact<decimal>(Decimal(reader, 10), Source(reader, 11), Date(reader, 12)),
        WaitingListSince = new Fact<DateOnly>(Date(reader, 13), Source(reader, 14), Date(reader, 15)),
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

    private static List<TValue> ListOf<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }

    internal static T Code<T>(string text) where T : struct, Enum =>
        Codes.TryParse<T>(text, out var value) ? value
            : throw new InvalidDataException($"stored value '{text}' is not a {typeof(T).Name} code");

    private static FactSource? Source(DbDataReader r, int i) => r.IsDBNull(i) ? null : Code<FactSource>(r.GetString(i));

    private static DateOnly? Date(DbDataReader r, int i) => MunicipalitySql.Date(r, i);

    // PostgreSQL's numeric(14,4) gives 24889.4800: the same number, written back as the register gave it.
    private static decimal? Decimal(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        decimal m => m / 1.0000000000000000000000000000m,
        string s => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture),
        long l => l,
        double d => (decimal)d,
        var other => throw new InvalidDataException($"stored number has type {other.GetType().Name}"),
    };

    private static bool? Bool(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        bool b => b,
        long l => l != 0,
        var other => throw new InvalidDataException($"stored boolean has type {other.GetType().Name}"),
    };

    private static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
}
