using System.Diagnostics;
using TakeUp.Data.Storage;
using TakeUp.Synthetic;
using TakeUp.Testing;

namespace TakeUp.Runs.Tests;

/// <summary>`takeup run` over several municipalities (a list, or all in the database) in one process.</summary>
public class RunCommandTests
{
    private static readonly DateOnly Day = new(2025, 6, 1);

    private static List<TakeUp.Rules.Facts.Household> Households(string municipality, ulong seed) =>
        PopulationGenerator.Generate(new PopulationOptions { Seed = seed, Households = 60, ReferenceDate = Day })
            .Select(h => RegisterSeeder.WithPersonIds(h) with { Municipality = municipality }).ToList();

    /// <summary>A fresh SQLite database with two imported municipalities and no run yet.</summary>
    private static (DatabaseTarget Target, Database Database) TwoMunicipalities()
    {
        var target = TestDatabases.Fresh(DatabaseKind.Sqlite);
        var database = Database.Open(target);
        RegisterSeeder.Seed(database, "11002", Households("11002", 1));
        RegisterSeeder.Seed(database, "44021", Households("44021", 2));
        return (target, database);
    }

    [Fact]
    public void All_runs_every_municipality_of_the_database_each_in_its_own_run()
    {
        var (target, database) = TwoMunicipalities();

        var (exit, output) = Run(target, "all");

        Assert.Equal(0, exit);
        Assert.Contains("run 1 of 11002 on 2025-06-01", output);
        Assert.Contains("run 1 of 44021 on 2025-06-01", output);
        using var db = database.Context();
        Assert.Equal(["11002", "44021"], db.Runs.Select(r => r.Municipality).OrderBy(m => m).ToList());
        foreach (var m in new[] { "11002", "44021" })
            Assert.True(db.RightStates.Count(s => s.Municipality == m) > 0, $"no states for {m}");
    }

    [Fact]
    public void A_list_runs_those_municipalities_and_a_repeated_or_malformed_one_is_refused()
    {
        var (target, _) = TwoMunicipalities();

        var (exit, output) = Run(target, "44021");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("11002", output);
        (exit, output) = Run(target, "11002,44021");
        Assert.Equal(0, exit);
        Assert.Contains("run 1 of 11002", output);
        Assert.Contains("run 2 of 44021", output);

        Assert.Equal(2, Run(target, "44021,44021").Exit);
        Assert.Equal(2, Run(target, "44021,4402").Exit);
    }

    [Fact]
    public void Reading_a_residents_story_records_the_read_and_reads_lists_who_read_it()
    {
        var (target, database) = TwoMunicipalities();
        Assert.Equal(0, Run(target, "44021").Exit);
        string beneficiary;
        using (var db = database.Context())
            beneficiary = db.RightStates.Where(s => s.Municipality == "44021").Select(s => s.BeneficiaryId).OrderBy(b => b).First();

        var (exit, story) = Takeup(target, "ledger", "--municipality", "44021", "--beneficiary", beneficiary, "--reader", "worker-17");
        Assert.Equal(0, exit);
        Assert.Contains("system", story);

        (exit, var reads) = Takeup(target, "ledger", "--municipality", "44021", "--beneficiary", beneficiary, "--reads");
        Assert.Equal(0, exit);
        Assert.Matches(@"worker-17\s+via cli ledger\s+[1-9]\d* entries", reads);
        using (var db = database.Context())
        {
            var read = db.DossierReads.Single();
            Assert.Equal((beneficiary, "worker-17", "44021"), (read.BeneficiaryId, read.Reader, read.Municipality));
        }

        Assert.Equal(2, Takeup(target, "ledger", "--municipality", "44021", "--reads").Exit);
        Assert.Equal(2, Takeup(target, "ledger", "--municipality", "44021", "--beneficiary", beneficiary, "--reader", " ").Exit);
        using (var db = database.Context()) Assert.Equal(1, db.DossierReads.Count());
    }

    private static (int Exit, string Output) Run(DatabaseTarget target, string municipalities) =>
        Takeup(target, "run", "--municipality", municipalities, "--date", "2025-06-01", "--catalog", RepositoryPaths.Catalog);

    private static (int Exit, string Output) Takeup(DatabaseTarget target, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "takeup.dll") }.Concat(args)
                     .Concat(["--db", "sqlite:" + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource]))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result);
    }
}
