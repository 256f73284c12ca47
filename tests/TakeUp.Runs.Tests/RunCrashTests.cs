using System.Diagnostics;
using TakeUp.Data.Storage;
using TakeUp.Runs.Running;
using TakeUp.Synthetic;
using TakeUp.Testing;

namespace TakeUp.Runs.Tests;

/// <summary>
/// A run killed at any point — while loading, evaluating, comparing or in the middle of writing — leaves the
/// database as it was; running it again gives exactly the ledger of a run that was never interrupted.
/// </summary>
public class RunCrashTests
{
    private const string M = "44021";
    private static readonly DateOnly Day = new(2025, 6, 1);
    private static readonly string[] Phases = ["load", "evaluate", "compare", "write"];

    private static List<TakeUp.Rules.Facts.Household> Households() =>
        PopulationGenerator.Generate(new PopulationOptions { Seed = 11, Households = 2500, ReferenceDate = Day })
            .Select(h => RegisterSeeder.WithPersonIds(h) with { Municipality = M }).ToList();

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_run_killed_at_random_points_and_run_again_writes_each_entry_exactly_once(DatabaseKind kind)
    {
        var households = Households();
        var reference = TestDatabases.Open(kind);
        RegisterSeeder.Seed(reference, M, households);
        new PopulationRun(reference, BeVl.Catalog).Execute(new RunOptions(M, Day));
        var expected = Ledger(reference);
        Assert.True(expected.Count > 2500, $"only {expected.Count} entries: too few to kill a run in the middle of writing them");

        var target = TestDatabases.Fresh(kind);
        var crashed = Database.Open(target);
        RegisterSeeder.Seed(crashed, M, households);
        var random = new Random(20261123);
        int killed = 0;
        for (int attempt = 0; attempt < 5; attempt++)
        {
            string phase = Phases[random.Next(Phases.Length)];
            int delay = random.Next(0, 120);
            if (KillDuring(target, phase, delay)) killed++;
            // Whatever happened, the database holds either nothing of the run or all of it.
            var now = Ledger(crashed);
            Assert.True(now.Count == 0 || now.SequenceEqual(expected), $"attempt {attempt}: a partial ledger of {now.Count} entries after killing in '{phase}'");
            if (now.Count > 0) break;
        }
        Assert.True(killed > 0, "no run was killed before it finished: the test did not test anything");

        var final = Cli(target, out _);
        Assert.Equal(0, final.ExitCode);
        Assert.Equal(expected, Ledger(crashed));
        using var db = crashed.Context();
        Assert.Equal(db.RightStates.Count(), Ledger(reference).Select(e => (e.Beneficiary, e.Right)).Distinct().Count());
    }

    /// <summary>Starts `takeup run`, waits until it reports the phase, waits the delay and kills it. True if it was killed.</summary>
    private static bool KillDuring(DatabaseTarget target, string phase, int delayMs)
    {
        using var process = Start(target);
        string? line;
        while ((line = process.StandardError.ReadLine()) is not null)
            if (line.StartsWith($"takeup: {phase}", StringComparison.Ordinal)) break;
        if (line is null) { process.WaitForExit(); return false; }
        Thread.Sleep(delayMs);
        if (process.HasExited) return false;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return true;
    }

    private static Process Cli(DatabaseTarget target, out string stdout)
    {
        var process = Start(target);
        stdout = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process;
    }

    private static Process Start(DatabaseTarget target)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "takeup.dll"), "run", "--municipality", M, "--date", "2025-06-01",
                     "--catalog", RepositoryPaths.Catalog, "--db", (target.Kind == DatabaseKind.Sqlite ? "sqlite:" + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource : "postgres:" + target.ConnectionString) })
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    /// <summary>The ledger without its wall-clock column, in entry order.</summary>
    private static List<(long Id, string Beneficiary, string Right, string Event, string Stage, string? Reason)> Ledger(Database database)
    {
        using var db = database.Context();
        return db.LedgerEntries.OrderBy(e => e.EntryId).AsEnumerable()
            .Select(e => (e.EntryId, e.BeneficiaryId, e.RightId, e.Event, e.StageAfter, e.Reason)).ToList();
    }
}
