using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TakeUp.Data.Ledger;
using TakeUp.Data.Register;
using TakeUp.Data.Storage;
using TakeUp.Testing;

namespace TakeUp.Data.Tests;

public class StorageTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Migrations_create_every_table_and_a_second_open_changes_nothing(DatabaseKind kind)
    {
        var target = TestDatabases.Fresh(kind);
        var database = Database.Open(target);
        using (var db = database.Context())
        {
            Assert.Empty(db.Database.GetPendingMigrations());
            Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
        }
        Database.Open(target);
        using var again = database.Context();
        Assert.Equal(again.Database.GetMigrations(), again.Database.GetAppliedMigrations());
    }

    [Fact]
    public void A_new_SQLite_database_gets_large_pages_and_an_existing_one_keeps_its_own()
    {
        var fresh = TestDatabases.Fresh(DatabaseKind.Sqlite);
        Database.Open(fresh);
        Assert.Equal((Database.SqlitePageSize, "wal"), SqlitePageSizeAndJournal(fresh));

        // A database created elsewhere with SQLite's default pages (and some data) is migrated, not rebuilt.
        var existing = TestDatabases.Fresh(DatabaseKind.Sqlite);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(existing.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size=4096; CREATE TABLE kept (x INTEGER); INSERT INTO kept VALUES (7);";
            command.ExecuteNonQuery();
        }
        var database = Database.Open(existing);
        Assert.Equal((4096, "wal"), SqlitePageSizeAndJournal(existing));
        using var db = database.Context();
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(7L, db.Database.SqlQueryRaw<long>("SELECT x AS \"Value\" FROM kept").Single());
    }

    private static (long PageSize, string Journal) SqlitePageSizeAndJournal(DatabaseTarget target)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(target.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        long size = (long)command.ExecuteScalar()!;
        command.CommandText = "PRAGMA journal_mode";
        return (size, (string)command.ExecuteScalar()!);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_database_made_by_the_first_migration_is_brought_up_to_date_with_its_data(DatabaseKind kind)
    {
        var target = TestDatabases.Fresh(kind);
        using (var db = target.CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            Assert.True(migrations.Count >= 2, "this test needs a later migration than the first");
            db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().Migrate(migrations[0]);
            // In SQL: today's entities have columns the first schema lacks.
            db.Database.ExecuteSqlRaw("INSERT INTO municipalities (municipality, name, created_at) VALUES ('44021', 'Gent', CURRENT_TIMESTAMP)");
            db.Database.ExecuteSqlRaw("INSERT INTO households (municipality, household_id) VALUES ('44021', 'H1')");
        }

        var database = Database.Open(target);

        using var again = database.Context();
        Assert.Empty(again.Database.GetPendingMigrations());
        Assert.Equal("H1", again.Households.Single().HouseholdId);
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = kind == DatabaseKind.Sqlite
            ? "SELECT count(*) FROM sqlite_master WHERE name = 'ix_ledger_entries_municipality_run_id'"
            : "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_ledger_entries_municipality_run_id'";
        Assert.Equal(0L, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        if (kind == DatabaseKind.Postgres)
        {
            command.CommandText = "SELECT collation_name FROM information_schema.columns WHERE table_name = 'persons' AND column_name = 'person_id'";
            Assert.Equal("C", command.ExecuteScalar());
        }
    }

    [Fact]
    public void On_PostgreSQL_each_municipality_keeps_its_ledger_in_its_own_partition_and_an_upgrade_moves_the_rows_there()
    {
        var target = TestDatabases.Fresh(DatabaseKind.Postgres);
        using (var db = target.CreateContext())
        {
            MigrateToJustBefore(db, "PartitionLedgerByMunicipality");
            db.Database.ExecuteSqlRaw("INSERT INTO municipalities (municipality, name, created_at) VALUES ('44021', 'Gent', CURRENT_TIMESTAMP)");
            db.RightStates.Add(State("44021", "P1"));
            db.LedgerEntries.Add(Entry("44021", 1, "P1"));
            // Rows of a municipality without its row in municipalities still get a partition.
            db.LedgerEntries.Add(Entry("11002", 1, "P9"));
            db.SaveChanges();
        }

        var database = Database.Open(target);
        Assert.Equal(1L, Count(database, "ledger_entries_44021"));
        Assert.Equal(1L, Count(database, "right_states_44021"));
        Assert.Equal(1L, Count(database, "ledger_entries_11002"));
        Assert.Equal(0L, Count(database, "right_states_11002"));
        using (var db = database.Context())
        {
            Assert.Equal(["P1", "P9"], db.LedgerEntries.OrderBy(e => e.BeneficiaryId).Select(e => e.BeneficiaryId).ToList());
            Assert.Equal("P1", db.RightStates.Single(s => s.Municipality == "44021").BeneficiaryId);
        }

        // A new municipality gets its partitions with the municipality; its keys hold within the municipality.
        database.EnsureMunicipality("90001");
        using (var connection = database.OpenConnection())
        using (var transaction = connection.BeginTransaction())
        {
            Assert.Equal("ledger_entries_90001", MunicipalityPartition.Of(connection, transaction, "ledger_entries", "90001"));
            Assert.Equal("right_states_90001", MunicipalityPartition.Of(connection, transaction, "right_states", "90001"));
        }
        Assert.Equal(["pk_right_states_90001: CREATE UNIQUE INDEX pk_right_states_90001 ON public.right_states_90001 USING btree (beneficiary_id, right_id)"],
            Indexes(database, "right_states_90001").Where(i => i.StartsWith("pk_", StringComparison.Ordinal)));
        using (var db = database.Context())
        {
            db.LedgerEntries.Add(Entry("90001", 1, "P1"));
            db.SaveChanges();
        }
        using (var db = database.Context())
        {
            db.LedgerEntries.Add(Entry("90001", 1, "P2"));
            Assert.Throws<DbUpdateException>(() => db.SaveChanges());
        }
        Assert.Equal(1L, Count(database, "ledger_entries_90001"));

        // The partition's name comes from the code, so only a NIS code is accepted.
        var refused = Assert.ThrowsAny<Exception>(() => database.EnsureMunicipality("9x001"));
        Assert.Contains("5-digit NIS code", refused.ToString(), StringComparison.Ordinal);

        // Rolled back, the migration leaves plain tables with every row and their keys.
        using (var db = database.Context())
            MigrateToJustBefore(db, "PartitionLedgerByMunicipality");
        Assert.Equal(3L, Count(database, "ledger_entries"));
        Assert.Equal(1L, Count(database, "right_states"));
        Assert.Contains(Indexes(database, "ledger_entries"), i => i.StartsWith("pk_ledger_entries: ", StringComparison.Ordinal));
        Assert.Equal(3, Indexes(database, "right_states").Count);
        Assert.Empty(Indexes(database, "right_states_44021"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void An_upgrade_keeps_pending_exactly_the_households_that_were_and_a_rollback_clears_what_runs_have_seen(DatabaseKind kind)
    {
        var target = TestDatabases.Fresh(kind);
        using (var db = target.CreateContext())
        {
            MigrateToJustBefore(db, "PendingByChangeNumber");
            db.Database.ExecuteSqlRaw("INSERT INTO municipalities (municipality, name, created_at) VALUES ('44021', 'Gent', CURRENT_TIMESTAMP), ('21004', 'Brussel', CURRENT_TIMESTAMP)");
            // 11002 has households but no row in municipalities.
            db.Database.ExecuteSqlRaw("""
                INSERT INTO households (municipality, household_id, pending_changes) VALUES
                ('44021', 'H1', 'new household'), ('44021', 'H2', NULL), ('11002', 'H3', 'household removed'), ('21004', 'H4', NULL)
                """);
        }

        var database = Database.Open(target);
        using (var db = database.Context())
        {
            var marks = db.Municipalities.ToDictionary(m => m.Municipality, m => (m.ChangesRecorded, m.ChangesEvaluated));
            Assert.Equal((1L, 0L), marks["44021"]);
            Assert.Equal((1L, 0L), marks["11002"]);
            Assert.Equal((0L, 0L), marks["21004"]);
            var pending = db.Households.AsEnumerable().Where(h => h.ChangeNumber > marks[h.Municipality].ChangesEvaluated)
                .Select(h => h.HouseholdId).Order(StringComparer.Ordinal);
            Assert.Equal(["H1", "H3"], pending);
            // A run of 44021 has seen its changes.
            db.Database.ExecuteSqlRaw("UPDATE municipalities SET changes_evaluated = changes_recorded WHERE municipality = '44021'");
        }

        using (var db = database.Context())
        {
            MigrateToJustBefore(db, "PendingByChangeNumber");
            using var connection = db.Database.GetDbConnection();
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT household_id FROM households WHERE pending_changes IS NOT NULL ORDER BY household_id";
            using var reader = command.ExecuteReader();
            var stillPending = new List<string>();
            while (reader.Read()) stillPending.Add(reader.GetString(0));
            Assert.Equal(["H3"], stillPending);
        }
    }

    [Fact]
    public void On_PostgreSQL_neither_a_first_run_suspending_its_indexes_nor_a_new_municipality_blocks_another_municipality()
    {
        var database = TestDatabases.Open(DatabaseKind.Postgres);
        database.EnsureMunicipality("44021");
        database.EnsureMunicipality("11002");
        using (var db = database.Context())
        {
            db.RightStates.AddRange(State("44021", "P1"), State("11002", "P1"));
            db.SaveChanges();
        }

        using var writer = database.OpenConnection();
        using var bulk = writer.BeginTransaction();
        MunicipalityLock.Acquire(writer, bulk, "44021");
        SecondaryIndexes.Suspend(writer, bulk, MunicipalityPartition.Of(writer, bulk, "right_states", "44021"), primaryKeyToo: true);

        // A worklist of another municipality reads and a worker records a decision there, while the bulk write holds
        // its partition; a reader of the municipality being written waits (here: gives up after the lock timeout).
        Assert.Equal(1L, StatesWithinLockTimeout(database, "11002", update: true));
        var waited = Assert.Throws<Npgsql.PostgresException>(() => StatesWithinLockTimeout(database, "44021", update: false));
        Assert.Equal("55P03", waited.SqlState); // lock_not_available
        bulk.Rollback();

        // A new municipality's partitions are made while another municipality's transaction reads and writes.
        using var reader = database.OpenConnection();
        using var open = reader.BeginTransaction();
        using (var command = reader.CreateCommand())
        {
            command.Transaction = open;
            command.CommandText = "UPDATE right_states SET stage = 'proposed' WHERE municipality = '11002'; SELECT count(*) FROM ledger_entries WHERE municipality = '11002'";
            command.ExecuteNonQuery();
        }
        using (var creator = database.OpenConnection())
        using (var command = creator.CreateCommand())
        {
            command.CommandText = "SET lock_timeout = '2s'; INSERT INTO municipalities (municipality, name, created_at) VALUES ('90001', '90001', now())";
            command.ExecuteNonQuery();
        }
        open.Commit();
        using var check = database.OpenConnection();
        using var tx = check.BeginTransaction();
        Assert.Equal("right_states_90001", MunicipalityPartition.Of(check, tx, "right_states", "90001"));
    }

    private static long StatesWithinLockTimeout(Database database, string municipality, bool update)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SET lock_timeout = '2s'";
        command.ExecuteNonQuery();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "m";
        parameter.Value = municipality;
        command.Parameters.Add(parameter);
        if (update)
        {
            command.CommandText = "UPDATE right_states SET stage = 'granted' WHERE municipality = @m AND beneficiary_id = 'P1'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        command.CommandText = "SELECT count(*) FROM right_states WHERE municipality = @m";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Migrates (up or down) to the migration before the one named <paramref name="name"/>.</summary>
    private static void MigrateToJustBefore(TakeUpDb db, string name)
    {
        var migrations = db.Database.GetMigrations().ToList();
        int index = migrations.FindIndex(m => m.EndsWith("_" + name, StringComparison.Ordinal));
        Assert.True(index > 0, $"no migration {name} after the first");
        db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().Migrate(migrations[index - 1]);
    }

    private static RightState State(string municipality, string beneficiary) => new()
    {
        Municipality = municipality, BeneficiaryId = beneficiary, RightId = "leefloon", HouseholdId = "H1",
        Outcome = "eligible", Action = "propose", Stage = "proposed", EvaluatedOn = new DateOnly(2025, 6, 1),
        StageSince = new DateOnly(2025, 6, 1), EvaluatedInRun = 1, LastEntryId = 1,
    };

    private static LedgerEntry Entry(string municipality, long id, string beneficiary) => new()
    {
        Municipality = municipality, EntryId = id, BeneficiaryId = beneficiary, RightId = "leefloon", HouseholdId = "H1",
        Event = "proposed", StageAfter = "proposed", OccurredOn = new DateOnly(2025, 6, 1), RecordedAt = DateTime.UtcNow,
        Actor = "system", RunId = 1, Outcome = "eligible", Action = "propose",
    };

    private static long Count(Database database, string table)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM ONLY {table}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Opening_an_up_to_date_database_ignores_a_migration_lock_left_by_a_killed_process()
    {
        var target = TestDatabases.Fresh(DatabaseKind.Sqlite);
        var database = Database.Open(target);
        using (var connection = database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            // What EF Core's SQLite migration lock leaves behind when its process is killed while holding it.
            command.CommandText = "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); "
                                  + "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-01-01 00:00:00+00:00');";
            command.ExecuteNonQuery();
        }
        var open = Task.Run(() => Database.Open(target));
        var first = await Task.WhenAny(open, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(first == open, "Database.Open waited for a migration lock nobody holds");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void The_quick_check_knows_the_migrations_EF_Core_knows_and_sees_one_missing(DatabaseKind kind)
    {
        var target = TestDatabases.Fresh(kind);
        Assert.False(MigrationState.IsCurrent(target));
        var database = Database.Open(target);
        using (var db = database.Context())
            Assert.Equal(db.Database.GetMigrations(), MigrationState.Known(kind));
        Assert.True(MigrationState.IsCurrent(target));

        using (var connection = database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{MigrationState.Known(kind)[^1]}'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        Assert.False(MigrationState.IsCurrent(target));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Ensuring_a_municipality_creates_it_once_and_leaves_an_existing_one_as_it_was(DatabaseKind kind)
    {
        var database = TestDatabases.Open(kind);
        database.EnsureMunicipality("44021", "Gent");
        DateTime created;
        using (var db = database.Context())
        {
            var row = db.Municipalities.Single();
            Assert.Equal(("44021", "Gent"), (row.Municipality, row.Name));
            Assert.InRange(row.CreatedAt.ToUniversalTime(), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddSeconds(5));
            created = row.CreatedAt;
            row.ChangesRecorded = 3;
            db.SaveChanges();
        }
        database.EnsureMunicipality("44021", "Another name");
        database.EnsureMunicipality("11002");
        using var read = database.Context();
        var rows = read.Municipalities.AsNoTracking().OrderBy(m => m.Municipality).ToList();
        Assert.Equal(["11002", "44021"], rows.Select(m => m.Municipality));
        Assert.Equal("11002", rows[0].Name);
        Assert.Equal(("Gent", created, 3L), (rows[1].Name, rows[1].CreatedAt, rows[1].ChangesRecorded));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Municipalities_are_isolated_by_key(DatabaseKind kind)
    {
        var database = TestDatabases.Open(kind);
        database.EnsureMunicipality("11002", "Antwerpen");
        database.EnsureMunicipality("44021", "Gent");
        using (var db = database.Context())
        {
            foreach (var nis in new[] { "11002", "44021" })
                db.Households.Add(new HouseholdRow { Municipality = nis, HouseholdId = "H1", MonthlyRent = 612.5m, MonthlyRentSource = "register" });
            db.SaveChanges();
        }
        using var read = database.Context();
        Assert.Equal(2, read.Households.Count(h => h.HouseholdId == "H1"));
        Assert.Equal(612.5m, read.Households.Single(h => h.Municipality == "44021").MonthlyRent);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Bulk_writes_land_with_the_transaction_and_vanish_without_it(DatabaseKind kind)
    {
        var database = TestDatabases.Open(kind);
        database.EnsureMunicipality("11002");
        using (var connection = database.OpenConnection())
        {
            using var transaction = connection.BeginTransaction();
            using (var writer = BulkWriter.Create(connection, transaction, "statuses",
                       "municipality", "person_id", "seq", "status", "since", "until", "source", "as_of"))
            {
                for (int i = 0; i < 1000; i++)
                    writer.Write("11002", "P" + i, 0, "leefloon", new DateOnly(2024, 1, 1), i % 2 == 0 ? null : new DateOnly(2025, 6, 30), "ksz", new DateOnly(2025, 7, 1));
            }
            transaction.Rollback();
        }
        using (var db = database.Context()) Assert.Equal(0, db.Statuses.Count());

        using (var connection = database.OpenConnection())
        {
            using var transaction = connection.BeginTransaction();
            using (var writer = BulkWriter.Create(connection, transaction, "statuses",
                       "municipality", "person_id", "seq", "status", "since", "until", "source", "as_of"))
            {
                for (int i = 0; i < 1000; i++)
                    writer.Write("11002", "P" + i, 0, "leefloon", new DateOnly(2024, 1, 1), i % 2 == 0 ? null : new DateOnly(2025, 6, 30), "ksz", new DateOnly(2025, 7, 1));
            }
            transaction.Commit();
        }
        using var read = database.Context();
        Assert.Equal(1000, read.Statuses.Count());
        var odd = read.Statuses.Single(s => s.PersonId == "P7");
        Assert.Equal(new DateOnly(2025, 6, 30), odd.Until);
        Assert.Null(read.Statuses.Single(s => s.PersonId == "P8").Until);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Bulk_writes_store_every_kind_of_value_exactly(DatabaseKind kind)
    {
        var database = TestDatabases.Open(kind);
        database.EnsureMunicipality("11002");
        decimal?[] amounts = [0m, 0.0001m, -0.5m, 1m, 10000m, 12345.6789m, -9999999999.9999m, 1234.5m, 100000000m, 0.01m, null];
        DateOnly[] dates = [new(1900, 1, 1), new(1999, 12, 31), new(2000, 1, 1), new(2000, 1, 2), new(2024, 2, 29), new(2099, 12, 31)];
        var recordedAt = new DateTime(2026, 11, 23, 21, 55, 11, DateTimeKind.Utc).AddTicks(1234560); // whole microseconds
        string[] texts = ["plain", "Zoë Çelik-Ñúñez", "名前 😀", "a\"quote'\\and\ttab", new string('x', 70_000), ""];
        using (var connection = database.OpenConnection())
        {
            using var transaction = connection.BeginTransaction();
            using (var writer = BulkWriter.Create(connection, transaction, "ledger_entries",
                       "municipality", "entry_id", "beneficiary_id", "right_id", "household_id", "event", "stage_after", "occurred_on",
                       "recorded_at", "actor", "run_id", "outcome", "action", "amount", "channel", "reason", "notice_date"))
                for (int i = 0; i < amounts.Length; i++)
                    writer.Write("11002", (long)i + 1, "P" + i, "R", "H", "identified", "identified", dates[i % dates.Length],
                        recordedAt.AddDays(-i * 3000), "system", i % 2 == 0 ? null : long.MaxValue - i, "eligible", "none", amounts[i],
                        null, texts[i % texts.Length], i % 3 == 0 ? dates[(i + 1) % dates.Length] : null);
            transaction.Commit();
        }

        using var read = database.Context();
        var entries = read.LedgerEntries.OrderBy(e => e.EntryId).ToList();
        Assert.Equal(amounts.Length, entries.Count);
        for (int i = 0; i < amounts.Length; i++)
        {
            var e = entries[i];
            Assert.Equal(amounts[i], e.Amount);
            Assert.Equal(dates[i % dates.Length], e.OccurredOn);
            Assert.Equal(recordedAt.AddDays(-i * 3000).Ticks, e.RecordedAt.Ticks);
            Assert.Equal(i % 2 == 0 ? null : long.MaxValue - i, e.RunId);
            Assert.Equal(texts[i % texts.Length], e.Reason);
            Assert.Equal(i % 3 == 0 ? dates[(i + 1) % dates.Length] : null, e.NoticeDate);
            Assert.Null(e.Channel);
        }
    }

    [Fact]
    public void A_SQLite_bulk_update_changes_only_the_rows_of_its_keys_and_refuses_a_key_with_no_row()
    {
        var database = TestDatabases.Open(DatabaseKind.Sqlite);
        database.EnsureMunicipality("11002");
        using (var connection = database.OpenConnection())
        {
            using var transaction = connection.BeginTransaction();
            foreach (var beneficiary in new[] { "P1", "P2", "P3" }) WriteState(connection, transaction, beneficiary);
            using (var update = BulkWriter.SqliteUpdate((Microsoft.Data.Sqlite.SqliteConnection)connection,
                       (Microsoft.Data.Sqlite.SqliteTransaction)transaction, "right_states",
                       ["stage", "stage_since", "amount"], ["municipality", "beneficiary_id", "right_id"]))
            {
                update.Write("granted", new DateOnly(2025, 7, 1), 1234.5m, "11002", "P2", "leefloon");
                Assert.Equal(1, update.Rows);
                // P4 has no row, nor has P1 for another right: each is an error, and says which row of the write.
                var missing = Assert.Throws<InvalidOperationException>(() => update.Write("granted", new DateOnly(2025, 7, 1), null, "11002", "P4", "leefloon"));
                Assert.Contains("row 2", missing.Message);
                Assert.DoesNotContain("P4", missing.Message);
                Assert.Throws<InvalidOperationException>(() => update.Write("granted", new DateOnly(2025, 7, 1), null, "11002", "P1", "groeipakket"));
            }
            transaction.Commit();
        }
        using var read = database.Context();
        var states = read.RightStates.OrderBy(s => s.BeneficiaryId).ToList();
        Assert.Equal(["P1", "P2", "P3"], states.Select(s => s.BeneficiaryId));
        Assert.Equal(["proposed", "granted", "proposed"], states.Select(s => s.Stage));
        Assert.Equal([null, 1234.5m, null], states.Select(s => s.Amount));
        Assert.Equal(new DateOnly(2025, 7, 1), states[1].StageSince);
        Assert.Equal("H1", states[1].HouseholdId);
    }

    [Fact]
    public void A_bulk_write_on_PostgreSQL_refuses_a_local_time_instead_of_shifting_it()
    {
        var database = TestDatabases.Open(DatabaseKind.Postgres);
        database.EnsureMunicipality("11002");
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var writer = BulkWriter.Create(connection, transaction, "runs", "municipality", "run_id", "date", "catalog", "scope",
            "started_at", "completed_at", "households_evaluated", "persons_evaluated", "ledger_entries");
        var local = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Local);
        var error = Assert.Throws<ArgumentException>(() => writer.Write("11002", 1L, new DateOnly(2026, 11, 23), "be-vl", "full", local, local, 0, 0, 0));
        Assert.Contains("UTC", error.Message);
    }

    [Fact]
    public void Names_are_snake_and_kebab_case()
    {
        Assert.Equal("birth_date_as_of", Naming.Snake("BirthDateAsOf"));
        Assert.Equal("pillar_1_points", Naming.Snake("Pillar1Points"));
        Assert.Equal("granted-automatically", Naming.Kebab(LedgerEvent.GrantedAutomatically));
        Assert.Equal(Stage.EndProposed, Naming.ParseKebab<Stage>("end-proposed"));
    }

    [Theory]
    [InlineData("sqlite:", "needs a file path")]
    [InlineData("postgres:", "needs a connection string")]
    [InlineData("mysql:x", "not understood")]
    public void A_database_target_that_cannot_be_used_is_refused_with_what_to_write(string text, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => DatabaseTarget.Parse(text));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Secondary_indexes_suspended_for_a_bulk_write_come_back_as_they_were_or_with_a_rollback(DatabaseKind kind)
    {
        var database = TestDatabases.Open(kind);
        database.EnsureMunicipality("11002");
        string table = StatesTable(database, "11002");
        var before = Indexes(database, table);
        Assert.Contains(before, i => i.Contains("stage", StringComparison.Ordinal));

        using (var connection = database.OpenConnection())
        {
            using (var transaction = connection.BeginTransaction())
            {
                var suspended = SecondaryIndexes.Suspend(connection, transaction, table);
                Assert.Equal(2, suspended.Names.Count);
                Assert.True(SecondaryIndexes.WorthIt(connection, transaction, table, 10_000));
                Assert.False(SecondaryIndexes.WorthIt(connection, transaction, table, 9_999));
                suspended.Rebuild();
                transaction.Commit();
            }
            Assert.Equal(before, Indexes(database, table));

            using (var transaction = connection.BeginTransaction())
            {
                SecondaryIndexes.Suspend(connection, transaction, table);
                transaction.Rollback();
            }
        }
        Assert.Equal(before, Indexes(database, table));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_suspended_primary_key_comes_back_first_and_still_refuses_a_duplicate(DatabaseKind kind)
    {
        var database = TestDatabases.Open(kind);
        database.EnsureMunicipality("11002");
        string table = StatesTable(database, "11002");
        var before = Indexes(database, table);
        using var connection = database.OpenConnection();

        using (var transaction = connection.BeginTransaction())
        {
            var suspended = SecondaryIndexes.Suspend(connection, transaction, table, primaryKeyToo: true);
            // SQLite's key is part of the table and stays; PostgreSQL's is dropped and built again before the rest.
            if (kind == DatabaseKind.Postgres) Assert.Equal("pk_right_states_11002", suspended.Names[0]);
            Assert.Equal(kind == DatabaseKind.Postgres ? 3 : 2, suspended.Names.Count);
            WriteState(connection, transaction, "P1");
            suspended.Rebuild();
            transaction.Commit();
        }
        Assert.Equal(before, Indexes(database, table));

        using (var transaction = connection.BeginTransaction())
        {
            var suspended = SecondaryIndexes.Suspend(connection, transaction, table, primaryKeyToo: true);
            var duplicate = Record.Exception(() =>
            {
                WriteState(connection, transaction, "P1");
                suspended.Rebuild();
            });
            Assert.NotNull(duplicate);
            transaction.Rollback();
        }
        Assert.Equal(before, Indexes(database, table));
        using var read = database.Context();
        Assert.Equal(1, read.RightStates.Count());
    }

    /// <summary>The table holding a municipality's states: its partition on PostgreSQL.</summary>
    private static string StatesTable(Database database, string municipality)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        return MunicipalityPartition.Of(connection, transaction, "right_states", municipality);
    }

    private static void WriteState(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string beneficiary)
    {
        using var writer = BulkWriter.Create(connection, transaction, "right_states",
            "municipality", "beneficiary_id", "right_id", "household_id", "outcome", "action", "amount", "doubtful",
            "evaluated_on", "evaluated_in_run", "stage", "stage_since", "notice_date", "last_entry_id");
        writer.Write("11002", beneficiary, "leefloon", "H1", "eligible", "propose", null, false, new DateOnly(2025, 6, 1), 1L,
            "proposed", new DateOnly(2025, 6, 1), null, 1L);
    }

    /// <summary>Every index of the table with its definition, as the database itself describes it.</summary>
    private static List<string> Indexes(Database database, string table)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = database.Kind == DatabaseKind.Sqlite
            ? $"SELECT name || ': ' || COALESCE(sql, 'automatic') FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' ORDER BY name"
            : $"SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE tablename = '{table}' ORDER BY indexname";
        using var reader = command.ExecuteReader();
        var indexes = new List<string>();
        while (reader.Read()) indexes.Add(reader.GetString(0));
        return indexes;
    }
}
