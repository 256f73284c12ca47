using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TakeUp.Data.Storage;

// One context type per provider, each with its own migrations (Migrations/Sqlite, Migrations/Postgres): the
// model is the same, the SQL each provider generates for it is not. Database.Open picks one at run time.

public sealed class SqliteTakeUpDb(DbContextOptions<SqliteTakeUpDb> options) : TakeUpDb(options)
{
    public override DatabaseKind Kind => DatabaseKind.Sqlite;
}

public sealed class PostgresTakeUpDb(DbContextOptions<PostgresTakeUpDb> options) : TakeUpDb(options)
{
    public override DatabaseKind Kind => DatabaseKind.Postgres;

    /// <summary>
    /// Text compares byte by byte ("C"), as in SQLite: ids sort the same in both databases, and PostgreSQL
    /// compares and sorts keys without the operating system's locale, which made building and searching the
    /// ledger's indexes markedly slower under a database created with a UTF-8 locale.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        foreach (var entity in model.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                if (property.ClrType == typeof(string))
                    property.SetCollation("C");
    }
}

/// <summary>For `dotnet ef migrations add … --context SqliteTakeUpDb` only.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteTakeUpDb>
{
    public SqliteTakeUpDb CreateDbContext(string[] args) =>
        (SqliteTakeUpDb)DatabaseTarget.Parse("sqlite:design.db").CreateContext();
}

/// <summary>For `dotnet ef migrations add … --context PostgresTakeUpDb` only (needs no running server).</summary>
internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresTakeUpDb>
{
    public PostgresTakeUpDb CreateDbContext(string[] args) =>
        (PostgresTakeUpDb)DatabaseTarget.Parse("postgres:Host=localhost;Database=design").CreateContext();
}
