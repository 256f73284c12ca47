using TakeUp.Data.Storage;
using TakeUp.Runs.Loading;
using TakeUp.Testing;

namespace TakeUp.Runs.Tests;

/// <summary>
/// The run's reader decodes what each database stores exactly: on PostgreSQL from binary COPY bytes (numeric in
/// base-10,000 groups, dates as days since 2000, integers by width), on SQLite from the stored text and integers.
/// </summary>
public class RegisterRowsTests
{
    public static TheoryData<DatabaseKind> Kinds => TestDatabases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_value_comes_back_as_stored(DatabaseKind kind)
    {
        var database = TestDatabases.Open(kind);
        database.EnsureMunicipality("11002");
        decimal?[] amounts = [0m, 0.0001m, -0.5m, 1m, 10000m, 12345.6789m, -9999999999.9999m, 540.50m, 100000000m, null];
        DateOnly?[] dates = [new(1900, 1, 1), new(1999, 12, 31), new(2000, 1, 1), new(2024, 2, 29), new(2099, 12, 31), null];
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var writer = BulkWriter.Create(connection, transaction, "right_states",
                   "municipality", "beneficiary_id", "right_id", "household_id", "outcome", "action", "amount", "doubtful",
                   "evaluated_on", "evaluated_in_run", "stage", "stage_since", "notice_date", "last_entry_id"))
            for (int i = 0; i < amounts.Length; i++)
                writer.Write("11002", $"p{i:D2}", "leefloon", i % 2 == 0 ? "Zoë-ü" : "h1", "eligible", "grant", amounts[i], i % 3 == 0,
                    dates[(i + 1) % dates.Length] ?? new DateOnly(2025, 6, 1), long.MaxValue - i, "granted", new DateOnly(2025, 6, 1),
                    dates[i % dates.Length], (long)i);

        using var rows = RegisterRows.Query(connection, transaction, "11002",
            "SELECT beneficiary_id, household_id, amount, doubtful, notice_date, evaluated_in_run, last_entry_id, stage, right_id " +
            "FROM right_states WHERE municipality = @m ORDER BY beneficiary_id");
        var stages = RegisterRows.Names(["identified", "granted"], s => s);
        var rights = RegisterRows.Names(["leefloon"], s => s);
        for (int i = 0; i < amounts.Length; i++)
        {
            Assert.True(rows.Read(), $"row {i} is missing");
            Assert.Equal($"p{i:D2}", rows.String(0));
            Assert.True(rows.TextEquals(1, i % 2 == 0 ? "Zoë-ü" : "h1"));
            Assert.False(rows.TextEquals(1, i % 2 == 0 ? "Zoë-u" : "h2"));
            Assert.Equal(amounts[i], rows.Decimal(2));
            Assert.Equal(i % 3 == 0, rows.Bool(3));
            Assert.Equal(dates[i % dates.Length], rows.Date(4));
            Assert.Equal(dates[i % dates.Length] is null, rows.IsNull(4));
            Assert.Equal(long.MaxValue - i, rows.Integer(5));
            Assert.Equal(i, rows.Int(6));
            Assert.Equal("granted", rows.Match(7, stages, "stage"));
            Assert.Same("leefloon", rows.Known(8, rights));
        }
        Assert.False(rows.Read());
        Assert.False(rows.Read());
    }
}
