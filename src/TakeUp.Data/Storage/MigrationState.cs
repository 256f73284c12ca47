using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace TakeUp.Data.Storage;

/// <summary>
/// Whether a database already has every migration this build knows, found with one query on a plain connection.
/// Asking EF Core (<c>GetPendingMigrations</c>) builds its whole model first: 0.35 s of the 0.73 s a
/// <c>takeup run</c> on a small municipality took, paid by every command on a database that was up to date
/// (docs/benchmarks.md). When anything is missing, or the history cannot be read, EF Core decides as before.
/// </summary>
internal static class MigrationState
{
    /// <summary>True only when the migrations history holds every migration of this build for the database's kind.</summary>
    public static bool IsCurrent(DatabaseTarget target)
    {
        var missing = Known(target.Kind).ToHashSet(StringComparer.Ordinal);
        try
        {
            using DbConnection connection = target.Kind == DatabaseKind.Sqlite
                ? new SqliteConnection(target.ConnectionString)
                : new NpgsqlConnection(target.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
            using var reader = command.ExecuteReader();
            while (reader.Read()) missing.Remove(reader.GetString(0));
        }
        catch (DbException)
        {
            // No database yet, or no history table: a new database, for EF Core to create and migrate.
            return false;
        }
        return missing.Count == 0;
    }

    /// <summary>
    /// The ids of this build's migrations for one kind of database, found as EF Core finds them: the classes
    /// of this assembly marked with the kind's context and a migration id.
    /// </summary>
    public static IReadOnlyList<string> Known(DatabaseKind kind)
    {
        var context = kind == DatabaseKind.Sqlite ? typeof(SqliteTakeUpDb) : typeof(PostgresTakeUpDb);
        return typeof(MigrationState).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == context)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
