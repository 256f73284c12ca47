using System.Data.Common;
using System.Globalization;
using TakeUp.Data.Storage;

namespace TakeUp.Imports.Tests.Support;

/// <summary>Every row of every table as text, sorted: two dumps are equal exactly when the databases hold the same data.</summary>
internal static class DatabaseDump
{
    public static readonly string[] Tables =
    [
        "municipalities", "households", "persons", "statuses", "incomes", "observed_facts", "fact_conflicts",
        "imports", "quarantined_records", "runs", "right_states", "ledger_entries",
    ];

    public static string Of(Database database, params string[] ignoredColumns)
    {
        using var connection = database.OpenConnection();
        var lines = new List<string>();
        foreach (var table in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var cells = new List<string>();
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    if (ignoredColumns.Contains(reader.GetName(i))) continue;
                    cells.Add(reader.GetName(i) + "=" + Cell(reader, i));
                }
                rows.Add(table + ": " + string.Join(" | ", cells));
            }
            rows.Sort(StringComparer.Ordinal);
            lines.Add($"{table}: {rows.Count} rows");
            lines.AddRange(rows);
        }
        return string.Join("\n", lines);
    }

    private static string Cell(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";

    public static int Count(Database database, string table, string where = "1 = 1")
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {where}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static void Execute(Database database, string sql)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
