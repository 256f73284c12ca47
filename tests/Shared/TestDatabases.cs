using System.Diagnostics;
using Npgsql;
using TakeUp.Data.Storage;

namespace TakeUp.Testing;

/// <summary>
/// Fresh, real databases for data tests: a SQLite file in a temporary folder, or a new database on the
/// project's private PostgreSQL server (Debian's package), which <c>scripts/postgres start</c> installs and
/// starts when <c>TAKEUP_TEST_POSTGRES</c> does not already name a server. Never an in-memory stand-in.
/// Theories take <see cref="Kinds"/> so that each data test runs on both.
/// </summary>
internal static class TestDatabases
{
    public static TheoryData<DatabaseKind> Kinds => new() { DatabaseKind.Sqlite, DatabaseKind.Postgres };

    private static readonly Lazy<string> PostgresServer = new(StartPostgres);

    /// <summary>A new empty database of the given kind, not yet migrated.</summary>
    public static DatabaseTarget Fresh(DatabaseKind kind)
    {
        string name = "t" + Guid.NewGuid().ToString("N")[..16];
        if (kind == DatabaseKind.Sqlite)
        {
            string folder = Path.Combine(Path.GetTempPath(), "takeup-tests");
            Directory.CreateDirectory(folder);
            return DatabaseTarget.Parse("sqlite:" + Path.Combine(folder, name + ".db"));
        }
        var server = new NpgsqlConnectionStringBuilder(PostgresServer.Value);
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }
        server.Database = name;
        // Every test has a database of its own: pooled connections to each would pile up on the server.
        server.Pooling = false;
        return new DatabaseTarget(DatabaseKind.Postgres, server.ConnectionString);
    }

    /// <summary>A fresh database, migrated and opened.</summary>
    public static Database Open(DatabaseKind kind) => Database.Open(Fresh(kind));

    private static string StartPostgres()
    {
        if (Environment.GetEnvironmentVariable("TAKEUP_TEST_POSTGRES") is { Length: > 0 } given) return given;
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "scripts", "postgres"), "start")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"scripts/postgres start failed ({process.ExitCode}): {error}");
        return output.Trim().Split('\n')[^1];
    }
}
