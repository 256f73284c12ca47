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
