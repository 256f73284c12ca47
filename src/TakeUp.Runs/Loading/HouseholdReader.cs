using System.Data.Common;
using TakeUp.Data.Register;
using TakeUp.Rules.Facts;

namespace TakeUp.Runs.Loading;

/// <summary>
/// Reads a municipality's stored register facts back into the engine's households, with each fact's source
/// and as-of date, and with workers' observations laid over them by <see cref="FactPrecedence"/>. Reads through
/// plain data readers (not EF change tracking): a run reads a million persons.
/// </summary>
public static class HouseholdReader
{
    public sealed record Loaded(List<Household> Households, Dictionary<string, string?> PendingChanges);

    public static Loaded Read(DbConnection connection, DbTransaction transaction, string municipality, LoadScope scope)
    {
        string householdFilter = scope == LoadScope.Pending ? " AND pending_changes IS NOT NULL" : "";
        string householdSet = $"SELECT household_id FROM households WHERE municipality = @m{householdFilter}";
        string personFilter = scope == LoadScope.Pending ? $" AND household_id IN ({householdSet})" : "";
        string personSet = $"SELECT person_id FROM persons WHERE municipality = @m{personFilter}";
        string ofPersons = scope == LoadScope.Pending ? $" AND person_id IN ({personSet})" : "";

        var statuses = new Dictionary<string, List<StatusRecord>>(StringComparer.Ordinal);
        using (var reader = Query(connection, transaction, municipality,
                   $"SELECT person_id, status, since, until, source, as_of FROM statuses WHERE municipality = @m{ofPersons} ORDER BY person_id, seq"))
            while (reader.Read())
            {
                var record = new StatusRecord(Code<StatusCode>(reader.GetString(1)), Date(reader, 2)!.Value, Date(reader, 3),
                    Source(reader, 4), Date(reader, 5));
                ListOf(statuses, reader.GetString(0)).Add(record);
            }

        var incomes = new Dictionary<string, List<IncomeRecord>>(StringComparer.Ordinal);
        using (var reader = Query(connection, transaction, municipality,
                   $"SELECT person_id, kind, year, gross_taxable, net_monthly, source, as_of FROM incomes WHERE municipality = @m{ofPersons} ORDER BY person_id, seq"))
            while (reader.Read())
            {
                var record = new IncomeRecord(Code<IncomeKind>(reader.GetString(1)), reader.GetInt32(2), Decimal(reader, 3),
                    Decimal(reader, 4), Source(reader, 5), Date(reader, 6));
                ListOf(incomes, reader.GetString(0)).Add(record);
            }

        var observations = Observations(connection, transaction, municipality);

        var members = new Dictionary<string, List<Member>>(StringComparer.Ordinal);
        using (var reader = Query(connection, transaction, municipality,
                   "SELECT person_id, household_id, insz, relation, partner_kind, " +
                   "birth_date, birth_date_source, birth_date_as_of, dependent, dependent_source, dependent_as_of, " +
                   "registered_at_address, registered_at_address_source, registered_at_address_as_of, " +
                   "residence, residence_source, residence_as_of, recognition_percent, recognition_percent_source, recognition_percent_as_of, " +
                   "pillar_1_points, pillar_1_points_source, pillar_1_points_as_of, zorgtoeslag_points, zorgtoeslag_points_source, zorgtoeslag_points_as_of, " +
                   "abroad_days_last_year, abroad_days_last_year_source, abroad_days_last_year_as_of, statuses_known, incomes_known " +
                   $"FROM persons WHERE municipality = @m{personFilter} ORDER BY household_id, person_id"))
            while (reader.Read())
            {
                string id = reader.GetString(0);
                var member = new Member(id, Code<Relation>(reader.GetString(3)))
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
                    Statuses = Bool(reader, 29) == true ? (statuses.GetValueOrDefault(id) ?? []) : null,
                    Incomes = Bool(reader, 30) == true ? (incomes.GetValueOrDefault(id) ?? []) : null,
                };
                if (observations.TryGetValue(("person", id), out var seen)) member = ObservationOverlay.Apply(member, seen);
                ListOf(members, reader.GetString(1)).Add(member);
            }

        var households = new List<Household>();
        var pending = new Dictionary<string, string?>(StringComparer.Ordinal);
        using (var reader = Query(connection, transaction, municipality,
                   "SELECT household_id, tenure, tenure_source, tenure_as_of, collective_heating, collective_heating_source, collective_heating_as_of, " +
                   "heating_fuel, heating_fuel_source, heating_fuel_as_of, monthly_rent, monthly_rent_source, monthly_rent_as_of, " +
                   "waiting_list_since, waiting_list_since_source, waiting_list_since_as_of, pending_changes " +
                   $"FROM households WHERE municipality = @m{householdFilter} ORDER BY household_id"))
            while (reader.Read())
            {
                string id = reader.GetString(0);
                // A household whose members all left is not evaluated: its rights are ended by the run's "gone" rule.
                if (!members.TryGetValue(id, out var list)) { pending[id] = reader.IsDBNull(16) ? null : reader.GetString(16); continue; }
                var housing = new Housing
                {
                    Tenure = new Fact<Tenure>(reader.IsDBNull(1) ? null : Code<Tenure>(reader.GetString(1)), Source(reader, 2), Date(reader, 3)),
                    CollectiveHeating = new Fact<bool>(Bool(reader, 4), Source(reader, 5), Date(reader, 6)),
                    HeatingFuel = new Fact<HeatingFuel>(reader.IsDBNull(7) ? null : Code<HeatingFuel>(reader.GetString(7)), Source(reader, 8), Date(reader, 9)),
                    MonthlyRent = new Fact<decimal>(Decimal(reader, 10), Source(reader, 11), Date(reader, 12)),
                    WaitingListSince = new Fact<DateOnly>(Date(reader, 13), Source(reader, 14), Date(reader, 15)),
                };
                if (observations.TryGetValue(("household", id), out var seen)) housing = ObservationOverlay.Apply(housing, seen);
                households.Add(new Household(id, list) { Municipality = municipality, Housing = housing });
                pending[id] = reader.IsDBNull(16) ? null : reader.GetString(16);
            }
        return new Loaded(households, pending);
    }

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

    private static DbDataReader Query(DbConnection connection, DbTransaction transaction, string municipality, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "m";
        parameter.Value = municipality;
        command.Parameters.Add(parameter);
        return command.ExecuteReader();
    }

    private static List<TValue> ListOf<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }

    internal static T Code<T>(string text) where T : struct, Enum =>
        Codes.TryParse<T>(text, out var value) ? value
            : throw new InvalidDataException($"stored value '{text}' is not a {typeof(T).Name} code");

    private static FactSource? Source(DbDataReader r, int i) => r.IsDBNull(i) ? null : Code<FactSource>(r.GetString(i));

    // SQLite keeps dates as text and numbers as text or integers; PostgreSQL has real types: read both.
    private static DateOnly? Date(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        var other => throw new InvalidDataException($"stored date has type {other.GetType().Name}"),
    };

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
