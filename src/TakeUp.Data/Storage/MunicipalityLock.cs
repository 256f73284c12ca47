using System.Data.Common;
using Npgsql;

namespace TakeUp.Data.Storage;

/// <summary>
/// Serialises the writers of one municipality (imports, runs, ledger entries by hand) for the length of the
/// caller's transaction, so that a run reads and writes one consistent state. On PostgreSQL a transaction-level
/// advisory lock keyed by the municipality (other municipalities are not blocked); on SQLite the transaction
/// itself, begun IMMEDIATE, already holds the database's single write lock.
/// </summary>
public static class MunicipalityLock
{
    public static void Acquire(DbConnection connection, DbTransaction transaction, string municipality)
    {
        if (connection is not NpgsqlConnection) return;
        using var command = MunicipalityCommand.Create(connection, transaction, municipality,
            "SELECT pg_advisory_xact_lock(hashtext('takeup:' || @m))");
        command.ExecuteNonQuery();
    }
}
