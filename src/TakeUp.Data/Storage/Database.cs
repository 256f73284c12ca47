using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TakeUp.Data.Storage;

/// <summary>
/// An opened TakeUp database: migrated to the current schema, with connections for the bulk paths.
/// </summary>
public sealed class Database
{
    private Database(DatabaseTarget target) => Target = target;

    public DatabaseTarget Target { get; }

    public DatabaseKind Kind => Target.Kind;

    /// <summary>Opens the database, creating it and applying pending migrations first.</summary>
    public static Database Open(DatabaseTarget target)
    {
        if (target.Kind == DatabaseKind.Sqlite) PrepareSqliteFile(target);
        if (MigrationState.IsCurrent(target)) return new Database(target);
        using (var db = target.CreateContext())
        {
            // Migrate() takes EF Core's migration lock even when nothing is pending; on SQLite that lock is a row
            // in __EFMigrationsLock, and a process killed while holding it (found by killing `takeup import` at
            // random moments) left every later Open waiting for ever. An up-to-date database is therefore opened
            // without taking the lock.
            if (!db.Database.CanConnect() || db.Database.GetPendingMigrations().Any())
                db.Database.Migrate();
        }
        return new Database(target);
    }

    /// <summary>
    /// SQLite's page size, fixed when a database file is created: 16 KiB instead of SQLite's 4 KiB. A run writes
    /// millions of ledger rows in one transaction and builds indexes over them; with four times fewer pages to
    /// look up, write to the write-ahead log and copy back, the write of a first run of 1M persons took about 20%
    /// less time, and an incremental run's 6.4 s instead of 10.1 s (docs/benchmarks.md). A database that exists
    /// keeps its size.
    /// </summary>
    public const int SqlitePageSize = 16384;

    /// <summary>
    /// Before migrations: a new file gets <see cref="SqlitePageSize"/>, and every file write-ahead logging, so
    /// that readers (worklists) do not block a run and a killed writer leaves the database as it was before its
    /// transaction. Both settings stay with the file.
    /// </summary>
    private static void PrepareSqliteFile(DatabaseTarget target)
    {
        using var connection = new SqliteConnection(target.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_count";
        bool empty = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0;
        // On a new file, switching to WAL writes its first page, which fixes the page size set just before.
        command.CommandText = (empty ? $"PRAGMA page_size={SqlitePageSize}; " : "") + "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    public TakeUpDb Context() => Target.CreateContext();

    /// <summary>A new open connection; the caller disposes it.</summary>
    public DbConnection OpenConnection()
    {
        DbConnection connection = Kind == DatabaseKind.Sqlite
            ? new SqliteConnection(Target.ConnectionString)
            : new NpgsqlConnection(Target.ConnectionString);
        connection.Open();
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA cache_size=-200000; PRAGMA temp_store=MEMORY;";
            command.ExecuteNonQuery();
        }
        return connection;
    }

    /// <summary>Makes sure the municipality exists (a run calls this first); an existing one is left as it is.</summary>
    public void EnsureMunicipality(string nis, string? name = null)
    {
        using var connection = OpenConnection();
        EnsureMunicipality(connection, null, nis, DateTime.UtcNow, name);
    }

    /// <summary>
    /// Makes sure the municipality exists, in the caller's transaction (an import creates it with its first rows).
    /// In SQL, not through EF Core: a run or an import needs no EF model otherwise, and building it took 0.3 s.
    /// On PostgreSQL the insert creates the municipality's ledger partitions (a trigger; <c>MunicipalityPartition</c>).
    /// </summary>
    public static void EnsureMunicipality(DbConnection connection, DbTransaction? transaction, string nis, DateTime createdAt, string? name = null)
    {
        using var command = MunicipalityCommand.Create(connection, transaction, nis,
            "INSERT INTO municipalities (municipality, name, created_at) VALUES (@m, @name, @created) ON CONFLICT (municipality) DO NOTHING");
        MunicipalityCommand.Bind(command, "name", name ?? nis);
        MunicipalityCommand.Bind(command, "created", createdAt);
        command.ExecuteNonQuery();
    }
}
