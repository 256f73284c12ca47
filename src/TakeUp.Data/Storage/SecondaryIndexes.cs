using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TakeUp.Data.Storage;

/// <summary>
/// Drops a table's secondary indexes for a bulk write and builds them again afterwards, inside the caller's
/// transaction. Inserting millions of rows one by one into three or four B-trees costs a search per row and per
/// index; building an index afterwards sorts once. Measured on a first run of 1M persons (4.6M ledger entries
/// and as many states) on PostgreSQL: about even with the secondary indexes alone, 4.2–4.6 s saved with the
/// primary keys suspended too and the states in stage order (docs/benchmarks.md). Population runs no longer
/// suspend on SQLite, where building an index means reading back, inside the transaction, the table just written.
/// Both databases change their schema transactionally, so a process killed in between leaves the indexes as
/// they were.
/// <para>
/// The primary key can be suspended too, on PostgreSQL only (SQLite's is part of the table). It is built again
/// first, so a duplicate still fails the write, at the end instead of at its row. Worth it when rows arrive in
/// another order than the key's: inserting into the key's B-tree at random places costs as much as the sort.
/// </para>
/// <para>
/// Dropping an index locks the table for other writers and (on PostgreSQL) readers until the commit, so
/// callers do this only when the write is large against what the table holds (<see cref="WorthIt"/>).
/// </para>
/// </summary>
public sealed class SecondaryIndexes
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly List<(string Name, string Definition)> _dropped;
    private bool _rebuilt;

    private SecondaryIndexes(DbConnection connection, DbTransaction transaction, List<(string, string)> dropped)
    {
        _connection = connection;
        _transaction = transaction;
        _dropped = dropped;
    }

    /// <summary>The names of the indexes (and key) suspended, in the order they will be built again.</summary>
    public IReadOnlyList<string> Names => _dropped.Select(d => d.Name).ToList();

    /// <summary>
    /// True when <paramref name="rowsToWrite"/> is at least the number of rows <paramref name="table"/> holds
    /// (an estimate on PostgreSQL): then sorting everything once is cheaper than inserting the new rows.
    /// </summary>
    public static bool WorthIt(DbConnection connection, DbTransaction transaction, string table, long rowsToWrite)
    {
        if (rowsToWrite < 10_000) return false;
        string sql = connection switch
        {
            // Counting stops one row past the rows to write: an incremental run does not count a whole ledger.
            SqliteConnection => $"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT {rowsToWrite + 1})",
            NpgsqlConnection => $"SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = '{table}'::regclass",
            _ => throw new NotSupportedException(connection.GetType().Name),
        };
        long held = Convert.ToInt64(Scalar(connection, transaction, sql), CultureInfo.InvariantCulture);
        return rowsToWrite >= held;
    }

    /// <summary>
    /// Drops the table's secondary (non-key) indexes, and its primary key when asked on PostgreSQL. Call
    /// <see cref="Rebuild"/> before committing; on an error the caller's rollback brings them back.
    /// </summary>
    public static SecondaryIndexes Suspend(DbConnection connection, DbTransaction transaction, string table, bool primaryKeyToo = false)
    {
        var indexes = new List<(string, string)>();
        if (primaryKeyToo && connection is NpgsqlConnection)
        {
            string? key = null, definition = null;
            using (var command = Command(connection, transaction,
                       $"SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '{table}'::regclass AND contype = 'p'"))
            using (var reader = command.ExecuteReader())
                if (reader.Read()) (key, definition) = (reader.GetString(0), reader.GetString(1));
            if (key is not null)
            {
                Execute(connection, transaction, $"ALTER TABLE {table} DROP CONSTRAINT \"{key}\"");
                indexes.Add((key, $"ALTER TABLE {table} ADD CONSTRAINT \"{key}\" {definition}"));
            }
        }
        var secondary = new List<(string, string)>();
        string sql = connection switch
        {
            // Automatic indexes (primary key, unique constraints) have no SQL and cannot be dropped.
            SqliteConnection => $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL ORDER BY name",
            NpgsqlConnection => "SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname " +
                                $"JOIN pg_index x ON x.indexrelid = c.oid WHERE i.schemaname = current_schema() AND i.tablename = '{table}' " +
                                "AND NOT x.indisprimary AND NOT x.indisunique ORDER BY i.indexname",
            _ => throw new NotSupportedException(connection.GetType().Name),
        };
        using (var command = Command(connection, transaction, sql))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                secondary.Add((reader.GetString(0), reader.GetString(1)));
        foreach (var (name, _) in secondary)
            Execute(connection, transaction, $"DROP INDEX \"{name}\"");
        indexes.AddRange(secondary);
        return new SecondaryIndexes(connection, transaction, indexes);
    }

    /// <summary>Builds the dropped indexes again, as they were defined.</summary>
    public void Rebuild()
    {
        if (_rebuilt) return;
        _rebuilt = true;
        foreach (var (_, definition) in _dropped)
            Execute(_connection, _transaction, definition);
    }

    private static object? Scalar(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return command.ExecuteScalar();
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }
}
