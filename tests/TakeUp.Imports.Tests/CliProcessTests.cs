using TakeUp.Data.Storage;
using TakeUp.Imports.Snapshots;
using TakeUp.Imports.Tests.Support;

namespace TakeUp.Imports.Tests;

/// <summary>./takeup generate and import as a user runs them: output, exit codes, determinism.</summary>
public class CliProcessTests
{
    [Fact]
    public void Generate_writes_the_same_snapshot_for_the_same_seed_and_import_applies_it_once()
    {
        string a = TestSnapshots.TemporaryFolder(), b = TestSnapshots.TemporaryFolder();
        var first = Launcher.Run(["generate", "--municipality", "44021", "--persons", "2000", "--seed", "9", "--out", a], killAfter: null);
        var second = Launcher.Run(["generate", "--municipality", "44021", "--persons", "2000", "--seed", "9", "--out", b], killAfter: null);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("2,000 persons", first.Stdout);
        foreach (var file in SnapshotFormat.DataFiles.Append(SnapshotFormat.ManifestFile))
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));

        string db = "sqlite:" + Path.Combine(TestSnapshots.TemporaryFolder(), "cli.db");
        var import = Launcher.Run(["import", "--municipality", "44021", "--db", db, a], killAfter: null);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Matches(@"^import 1 \(snapshot\) applied to 44021 .*: [\d,]+ records, [\d,]+ households changed .*, 0 quarantined, 0 conflicts with observations, [\d.]+ s\n$", import.Stdout);
        Assert.Contains("takeup: read persons.csv…", import.Stderr); // not a terminal: one plain line per phase
        var again = Launcher.Run(["import", "--municipality", "44021", "--db", db, b], killAfter: null);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already applied as import 1", again.Stdout);
    }

    [Fact]
    public void A_refused_import_exits_2_with_one_line_per_problem_and_changes_nothing()
    {
        string folder = TestSnapshots.Write(TestSnapshots.Population(200, seed: 2));
        string line2 = TestSnapshots.Lines(folder, SnapshotFormat.PersonsFile)[1].Split(',')[0];
        TestSnapshots.SetField(folder, SnapshotFormat.PersonsFile, line2, "birth_date", "2025-02-30");
        string path = Path.Combine(TestSnapshots.TemporaryFolder(), "cli.db");
        var database = Database.Open(DatabaseTarget.Parse("sqlite:" + path));
        string before = DatabaseDump.Of(database);

        var run = Launcher.Run(["import", "--municipality", "44021", "--db", "sqlite:" + path, folder], killAfter: null);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("persons.csv:2: birth_date: \"2025-02-30\" is not a date: 2025-02 has 28 days", run.Stderr);
        Assert.Contains("takeup: import refused: 1 problem; nothing was changed", run.Stderr);
        Assert.Equal(before, DatabaseDump.Of(database));
    }
}
