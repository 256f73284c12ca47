using System.Data.Common;
using System.Globalization;
using TakeUp.Data.Storage;

namespace TakeUp.Data.Register;

/// <summary>
/// Which households are pending: changed (by an import or an observation) after the last change a population run
/// of their municipality has seen. Every change to a municipality's register takes the municipality's next
/// number (<c>municipalities.changes_recorded</c>) and stamps it on the households it changes
/// (<c>households.change_number</c>); a run moves <c>municipalities.changes_evaluated</c> to the last number
/// once it has seen them all, one row written however many households were pending.
/// </summary>
public static class PendingChanges
{
    /// <summary>The last change a run of the municipality has seen; 0 before any (or without its row).</summary>
    public static long Evaluated(DbConnection connection, DbTransaction? transaction, string municipality)
    {
        using var command = Command(connection, transaction, municipality,
            "SELECT COALESCE(MAX(changes_evaluated), 0) FROM municipalities WHERE municipality = @m");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Takes the municipality's next change number. Call it with the municipality locked and created (imports and
    /// observations: <c>RegisterStore.LockMunicipality</c>), once per transaction.
    /// </summary>
    public static long TakeNextNumber(DbConnection connection, DbTransaction transaction, string municipality)
    {
        using (var update = Command(connection, transaction, municipality,
                   "UPDATE municipalities SET changes_recorded = changes_recorded + 1 WHERE municipality = @m"))
            update.ExecuteNonQuery();
        using var read = Command(connection, transaction, municipality, "SELECT changes_recorded FROM municipalities WHERE municipality = @m");
        object number = read.ExecuteScalar() ?? throw new InvalidOperationException($"municipality {municipality} is not created");
        return Convert.ToInt64(number, CultureInfo.InvariantCulture);
    }

    /// <summary>A run has seen every change so far: one row, however many households were pending.</summary>
    public static void MarkAllSeen(DbConnection connection, DbTransaction transaction, string municipality)
    {
        using var command = Command(connection, transaction, municipality,
            "UPDATE municipalities SET changes_evaluated = changes_recorded WHERE municipality = @m");
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The SQL condition on <c>households</c> (aliased <paramref name="alias"/>) that it is pending. The mark is
    /// written into the text as a number, not bound: PostgreSQL then plans from the column's statistics (a handful
    /// pending: index probes; a fifth: a hash join).
    /// </summary>
    public static string Condition(long evaluated, string alias = "") =>
        $"{alias}change_number > {evaluated.ToString(CultureInfo.InvariantCulture)}";

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string municipality, string sql) =>
        MunicipalityCommand.Create(connection, transaction, municipality, sql);
}
