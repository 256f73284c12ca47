using System.Data.Common;
using Npgsql;

namespace TakeUp.Data.Storage;

/// <summary>
/// The table that holds one municipality's rows of a table partitioned by municipality. On PostgreSQL,
/// <c>ledger_entries</c> and <c>right_states</c> have a partition per municipality (created with the
/// municipality; migration <c>PartitionLedgerByMunicipality</c>): a run writes straight into its municipality's
/// partition, and a first run suspends and rebuilds that partition's indexes only, whatever the other
/// municipalities hold. SQLite has no partitions, so there the table itself holds every municipality.
/// </summary>
public static class MunicipalityPartition
{
    /// <returns>The partition's name on PostgreSQL; the table itself on SQLite or when it is not partitioned.</returns>
    public static string Of(DbConnection connection, DbTransaction transaction, string table, string municipality)
    {
        if (connection is not NpgsqlConnection) return table;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid " +
            "WHERE i.inhparent = to_regclass(@table) AND pg_get_expr(c.relpartbound, c.oid) = format('FOR VALUES IN (%L)', @m::text)";
        MunicipalityCommand.Bind(command, "table", table);
        MunicipalityCommand.Bind(command, "m", municipality);
        return command.ExecuteScalar() as string ?? table;
    }
}
