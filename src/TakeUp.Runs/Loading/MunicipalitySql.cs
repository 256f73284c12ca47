using System.Data.Common;
using System.Globalization;
using TakeUp.Data.Register;
using TakeUp.Data.Storage;

namespace TakeUp.Runs.Loading;

/// <summary>
/// The few things every query of a run shares: one municipality's commands (parameter <c>@m</c>, no time-out:
/// a run may read a million rows) and stored dates, which SQLite keeps as text and PostgreSQL as dates.
/// </summary>
internal static class MunicipalitySql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string municipality, string sql)
    {
        var command = MunicipalityCommand.Create(connection, transaction, municipality, sql);
        command.CommandTimeout = 0;
        return command;
    }

    public static void Execute(DbConnection connection, DbTransaction? transaction, string municipality, string sql)
    {
        using var command = Command(connection, transaction, municipality, sql);
        command.ExecuteNonQuery();
    }

    /// <summary>The ids of the municipality's households with pending changes: an incremental run's scope.</summary>
    /// <param name="changesEvaluated">the municipality's last change a run has seen (<see cref="PendingChanges.Evaluated"/>)</param>
    public static string PendingHouseholds(long changesEvaluated) =>
        $"SELECT household_id FROM households WHERE municipality = @m AND {PendingChanges.Condition(changesEvaluated)}";

    public static DbDataReader Query(DbConnection connection, DbTransaction? transaction, string municipality, string sql) =>
        Command(connection, transaction, municipality, sql).ExecuteReader();

    public static DateOnly? Date(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidDataException($"stored date has type {other.GetType().Name}"),
    };
}
