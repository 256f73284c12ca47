using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TakeUp.Data.Storage;

/// <summary>
/// Which database to use, chosen at run time: <c>sqlite:PATH</c> (the embedded default) or
/// <c>postgres:CONNECTION-STRING</c> (production). The CLI reads it from <c>--db</c> or <c>TAKEUP_DB</c>.
/// </summary>
public sealed record DatabaseTarget(DatabaseKind Kind, string ConnectionString)
{
    public const string DefaultSqlitePath = "takeup.db";

    public static DatabaseTarget Parse(string text)
    {
        if (text.StartsWith("sqlite:", StringComparison.Ordinal))
        {
            string path = text["sqlite:".Length..];
            if (path.Length == 0) throw new ArgumentException("database: 'sqlite:' needs a file path, e.g. sqlite:takeup.db");
            var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false };
            return new DatabaseTarget(DatabaseKind.Sqlite, builder.ToString());
        }
        if (text.StartsWith("postgres:", StringComparison.Ordinal))
        {
            string connection = text["postgres:".Length..];
            if (connection.Length == 0) throw new ArgumentException("database: 'postgres:' needs a connection string, e.g. postgres:Host=localhost;Database=takeup");
            return new DatabaseTarget(DatabaseKind.Postgres, connection);
        }
        throw new ArgumentException($"database: '{text}' is not understood; use sqlite:PATH or postgres:CONNECTION-STRING");
    }

    /// <summary>A description without secrets, for logs and progress lines.</summary>
    public string Describe() => Kind switch
    {
        DatabaseKind.Sqlite => "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource,
        _ => "PostgreSQL " + Describe(new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString)),
    };

    private static string Describe(Npgsql.NpgsqlConnectionStringBuilder b) => $"{b.Host}:{b.Port}/{b.Database}";

    public TakeUpDb CreateContext()
    {
        switch (Kind)
        {
            case DatabaseKind.Sqlite:
            {
                var options = new DbContextOptionsBuilder<SqliteTakeUpDb>()
                    .UseSqlite(ConnectionString, o => o.MigrationsAssembly(typeof(TakeUpDb).Assembly.GetName().Name))
                    .Options;
                return new SqliteTakeUpDb(options);
            }
            default:
            {
                var options = new DbContextOptionsBuilder<PostgresTakeUpDb>()
                    .UseNpgsql(ConnectionString, o => o.CommandTimeout(600))
                    .Options;
                return new PostgresTakeUpDb(options);
            }
        }
    }
}
