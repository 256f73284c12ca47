using Microsoft.Data.Sqlite;
using TakeUp.Data.Storage;
using TakeUp.Imports.Tests.Support;
using Xunit.Abstractions;

namespace TakeUp.Imports.Tests;

/// <summary>
/// The real ./takeup import, killed with SIGKILL at random moments and run again: the database must end equal to
/// a clean import, and between the kills it must hold either nothing of the import or all of it.
/// </summary>
public class CrashSafetyProcessTests(ITestOutputHelper output)
{
    private const string Nis = TestSnapshots.Municipality;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void An_import_killed_at_random_points_then_run_again_ends_equal_to_a_clean_import(DatabaseKind kind)
    {
        var households = TestSnapshots.Population(40_000, seed: 21);
        string folder = TestSnapshots.Write(households);
        var warm = Launcher.Run(["help"], killAfter: null); // the launcher builds on first use: not part of the timing
        Assert.True(warm.ExitCode == 0, warm.Stderr);

        // How long a whole import takes here and now, so that kills fall inside it however fast the machine is.
        var probe = TestDatabases.Fresh(kind);
        Database.Open(probe);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var timing = Launcher.Run(["import", "--municipality", Nis, "--db", Db(probe), folder], killAfter: null);
        clock.Stop();
        Assert.True(timing.ExitCode == 0, timing.Stderr);
        double whole = clock.Elapsed.TotalMilliseconds;

        var target = TestDatabases.Fresh(kind);
        string db = Db(target);
        var random = new Random(Environment.TickCount);
        var database = Database.Open(target);
        // Kills land in the first two thirds of a whole import: its end is the commit and, on PostgreSQL, the
        // refresh of the planner's statistics after it, where a kill no longer interrupts anything.
        int interrupted = 0;
        for (int attempt = 0; attempt < 6; attempt++)
        {
            var delay = TimeSpan.FromMilliseconds(whole * (0.05 + 0.6 * random.NextDouble()));
            var run = Launcher.Run(["import", "--municipality", Nis, "--db", db, folder], delay);
            int imports = DatabaseDump.Count(database, "imports");
            int stored = DatabaseDump.Count(database, "households");
            output.WriteLine($"attempt {attempt}: kill after {delay.TotalMilliseconds:F0} of {whole:F0} ms → {(run.Killed ? "killed" : $"exit {run.ExitCode}")}, {imports} imports");
            Assert.True((imports, stored) == (0, 0) || (imports, stored) == (1, households.Count), $"after attempt {attempt}: {imports} imports, {stored} households");
            if (run.Killed && imports == 0) interrupted++;
            // Once applied, a rerun only finds it already applied: later attempts could not be killed mid-import.
            if (imports == 1 || interrupted == 3) break;
        }
        Assert.True(interrupted >= 2, $"only {interrupted} of the runs were killed before their commit: the test proved little");

        var last = Launcher.Run(["import", "--municipality", Nis, "--db", db, folder], killAfter: null);
        output.WriteLine($"last run: exit {last.ExitCode}");
        Assert.True(last.ExitCode == 0, last.Stderr);

        var clean = TestDatabases.Open(kind);
        Assert.Equal(ImportOutcome.Applied, new Importer(clean).ImportSnapshot(Nis, folder).Outcome);
        string[] volatileColumns = ["applied_at", "created_at"];
        Assert.Equal(DatabaseDump.Of(clean, volatileColumns), DatabaseDump.Of(database, volatileColumns));
    }

    private static string Db(DatabaseTarget target) => target.Kind == DatabaseKind.Sqlite
        ? "sqlite:" + new SqliteConnectionStringBuilder(target.ConnectionString).DataSource
        : "postgres:" + target.ConnectionString;
}
