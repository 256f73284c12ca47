using System.Data.Common;
using System.Globalization;

namespace TakeUp.Runs.Loading;

/// <summary>
/// The few things every query of a run shares: one municipality's commands (parameter <c>@m</c>, no time-out:
/// a run may read a million rows) and stored dates, which SQLite keeps as text and PostgreSQL as dates.
/// </summary>
internal static class MunicipalitySql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string municipality, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "m";
        parameter.Value = municipality;
        command.Parameters.Add(parameter);
        return command;
    }

    public static void Execute(DbConnection connection, DbTransaction? transaction, string municipality, string sql)
    {
        using var command = Command(connection, transaction, municipality, sql);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The last change to the municipality's register that a run has seen (<c>municipalities.changes_evaluated</c>;
    /// 0 before any). Households whose <c>change_number</c> is above it are pending.
    /// </summary>
    public static long ChangesEvaluated(DbConnection connection, DbTransaction? transaction, string municipality)
    {
        using var command = Command(connection, transaction, municipality,
            "SELECT COALESCE(MAX(changes_evaluated), 0) FROM municipalities WHERE municipality = @m");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The condition on <c>households</c> (aliased <paramref name="alias"/>) that its pending changes are not yet
    /// evaluated. The mark is written into the text as a number, not bound: PostgreSQL then plans from the
    /// column's statistics (a handful pending: index probes; a fifth: a hash join).
    /// </summary>
    public static string IsPending(long changesEvaluated, string alias = "") =>
        $"{alias}change_number > {changesEvaluated.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The ids of the municipality's households with pending changes: an incremental run's scope.</summary>
    public static string PendingHouseholds(long changesEvaluated) =>
        $"SELECT household_id FROM households WHERE municipality = @m AND {IsPending(changesEvaluated)}";

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
