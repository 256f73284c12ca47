using Npgsql;
using TakeUp.Peer;
using TakeUp.Rules.Populations;

namespace TakeUp.Bench;

/// <summary>
/// The toy law the way an IT department would write it in SQL: the two files loaded with COPY into tables, the
/// four parameters in a dated parameter table, and one view that computes the five outputs per person (the
/// household outputs repeated on each member). The view is materialised (CREATE UNLOGGED TABLE AS, work_mem 512 MB) to time it, and read
/// back to check it against the engine. Runs on the connection given (scripts/postgres start prints one).
/// </summary>
internal static class PeerSql
{
    private const string Schema = """
        DROP VIEW IF EXISTS peer_result;
        DROP TABLE IF EXISTS peer_result_run, peer_person, peer_household, peer_parameter, peer_period;
        CREATE UNLOGGED TABLE peer_household (
            household_id text NOT NULL, heating_type text NOT NULL,
            vt smallint, social_energy_tariff smallint, heating_allowance smallint);
        CREATE UNLOGGED TABLE peer_person (
            seq bigint GENERATED ALWAYS AS IDENTITY,   -- file order, to read results back row by row
            person_id text NOT NULL, household_id text NOT NULL, role text NOT NULL, birth_date date NOT NULL,
            taxable_income bigint NOT NULL, leefloon smallint NOT NULL, igo smallint NOT NULL, debt_mediation smallint NOT NULL,
            age integer, uitpas_reduced smallint);
        CREATE TABLE peer_parameter (path text NOT NULL, valid_from date NOT NULL, value numeric NOT NULL, PRIMARY KEY (path, valid_from));
        INSERT INTO peer_parameter VALUES
            ('vt.income_ceiling.base', '2022-01-01', 24500), ('vt.income_ceiling.base', '2023-01-01', 25200), ('vt.income_ceiling.base', '2024-01-01', 26000),
            ('vt.income_ceiling.per_additional_member', '2022-01-01', 4500), ('vt.income_ceiling.per_additional_member', '2023-01-01', 4650), ('vt.income_ceiling.per_additional_member', '2024-01-01', 4800),
            ('heating.income_ceiling.base', '2022-01-01', 22500), ('heating.income_ceiling.base', '2023-01-01', 23200), ('heating.income_ceiling.base', '2024-01-01', 24000),
            ('heating.income_ceiling.per_additional_member', '2022-01-01', 4150), ('heating.income_ceiling.per_additional_member', '2023-01-01', 4250), ('heating.income_ceiling.per_additional_member', '2024-01-01', 4400);
        CREATE TABLE peer_period (start_date date NOT NULL);
        """;

    /// <summary>
    /// The toy law: one view, five outputs, each parameter's value as it holds on the period start (the latest
    /// value from on or before it). The one-row CTE is MATERIALIZED: inlined, its scalar parts were evaluated
    /// once per row and the planner's estimates went astray (hash joins in thousands of batches, 150 s).
    /// </summary>
    public const string View = """
        CREATE VIEW peer_result AS
        WITH law AS MATERIALIZED (
            SELECT max(start_date) AS start_date,
                   max(value) FILTER (WHERE path = 'vt.income_ceiling.base') AS vt_base,
                   max(value) FILTER (WHERE path = 'vt.income_ceiling.per_additional_member') AS vt_per_member,
                   max(value) FILTER (WHERE path = 'heating.income_ceiling.base') AS heating_base,
                   max(value) FILTER (WHERE path = 'heating.income_ceiling.per_additional_member') AS heating_per_member
            FROM (SELECT DISTINCT ON (q.path) q.path, q.value, period.start_date
                  FROM peer_parameter q JOIN peer_period period ON q.valid_from <= period.start_date
                  ORDER BY q.path, q.valid_from DESC) current_value),
        household AS (
            SELECT household_id, count(*) AS size, sum(taxable_income) AS income,
                   bool_or(leefloon = 1) AS any_leefloon, bool_or(igo = 1) AS any_igo
            FROM peer_person GROUP BY household_id),
        household_rights AS (
            SELECT h.household_id,
                   (s.any_leefloon OR s.any_igo OR s.income <= law.vt_base + law.vt_per_member * (s.size - 1)) AS vt,
                   s.any_leefloon,
                   (h.heating_type = 'heating_oil' AND s.income <= law.heating_base + law.heating_per_member * (s.size - 1)) AS heating_allowance
            FROM peer_household h JOIN household s ON s.household_id = h.household_id CROSS JOIN law)
        SELECT p.seq, p.person_id, p.household_id,
               date_part('year', age(law.start_date, p.birth_date))::integer AS age,
               (r.vt OR p.debt_mediation = 1) AS uitpas_reduced,
               r.vt,
               (r.vt OR r.any_leefloon) AS social_energy_tariff,
               r.heating_allowance
        FROM peer_person p JOIN household_rights r ON r.household_id = p.household_id CROSS JOIN law;
        """;

    public sealed record Figures(double LoadSeconds, double EvaluateSeconds, int[] Age, bool[] Uitpas, bool[] Vt, bool[] Tariff, bool[] Heating)
    {
        /// <summary>The view's rows (one per person, in file order) as the five outputs.</summary>
        public PeerOutputs Outputs(Population population)
        {
            var o = PeerOutputs.Allocate(population.PersonCount, population.HouseholdCount);
            for (int p = 0; p < population.PersonCount; p++)
            {
                o.Age[p] = Age[p];
                o.UitpasReduced[p] = Uitpas[p] ? (byte)1 : (byte)0;
            }
            for (int h = 0; h < population.HouseholdCount; h++)
            {
                int first = population.FirstPersonOf(h);
                o.Vt[h] = Vt[first] ? (byte)1 : (byte)0;
                o.SocialEnergyTariff[h] = Tariff[first] ? (byte)1 : (byte)0;
                o.HeatingAllowance[h] = Heating[first] ? (byte)1 : (byte)0;
            }
            return o;
        }
    }

    public static Figures Run(string connectionString, string personsFile, string householdsFile, DateOnly date, int runs)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, Schema);
        // A batch job's setting: enough memory for the household aggregate and the joins to stay off disk.
        Execute(connection, "SET work_mem = '512MB'");
        Execute(connection, View);
        using (var period = new NpgsqlCommand("INSERT INTO peer_period VALUES ($1)", connection))
        {
            period.Parameters.AddWithValue(date);
            period.ExecuteNonQuery();
        }

        var (_, load) = Measure.Run("SQL: COPY both files, ANALYZE", () =>
        {
            Copy(connection, householdsFile, "peer_household");
            Copy(connection, personsFile, "peer_person");
            Execute(connection, "ANALYZE peer_household; ANALYZE peer_person; ANALYZE peer_parameter; ANALYZE peer_period;");
            return 0;
        });
        var (_, evaluate) = Workloads.Best("SQL: CREATE TABLE AS SELECT the view", runs, () =>
        {
            Execute(connection, "DROP TABLE IF EXISTS peer_result_run; CREATE UNLOGGED TABLE peer_result_run AS SELECT * FROM peer_result;");
            return 0;
        });

        var (figures, _) = Measure.Run("SQL: read the results back (not timed as evaluation)", () =>
        {
            var rows = new List<(int Age, bool Uitpas, bool Vt, bool Tariff, bool Heating)>();
            using var read = new NpgsqlCommand("SELECT age, uitpas_reduced, vt, social_energy_tariff, heating_allowance FROM peer_result_run ORDER BY seq", connection);
            read.CommandTimeout = 0;
            using var reader = read.ExecuteReader();
            while (reader.Read())
                rows.Add((reader.GetInt32(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3), reader.GetBoolean(4)));
            return new Figures(load.WallSeconds, 0, rows.Select(r => r.Age).ToArray(), rows.Select(r => r.Uitpas).ToArray(),
                rows.Select(r => r.Vt).ToArray(), rows.Select(r => r.Tariff).ToArray(), rows.Select(r => r.Heating).ToArray());
        });
        Execute(connection, "DROP TABLE IF EXISTS peer_result_run;");
        return figures with { EvaluateSeconds = evaluate.WallSeconds };
    }

    /// <summary>Streams a file to COPY as it is, with the columns its header names (so expected columns load too).</summary>
    private static void Copy(NpgsqlConnection connection, string file, string table)
    {
        string header;
        using (var text = new StreamReader(file)) header = text.ReadLine() ?? "";
        // The engine's loader has validated the header already; still, only known column names reach the SQL.
        var known = PeerFiles.PersonColumns.Concat(PeerFiles.PersonExpectedColumns).Concat(PeerFiles.HouseholdColumns).Concat(PeerFiles.HouseholdExpectedColumns);
        if (!header.Split(',').All(known.Contains)) throw new InvalidOperationException($"{file}: unexpected header '{header}'");
        using var input = new StreamReader(file, System.Text.Encoding.UTF8, false, 1 << 20);
        using var copy = connection.BeginTextImport($"COPY {table} ({header}) FROM STDIN (FORMAT csv, HEADER true)");
        var buffer = new char[1 << 20];
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0) copy.Write(buffer, 0, n);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
