using System.Diagnostics;
using TakeUp.Testing;

namespace TakeUp.Runs.Tests;

/// <summary>The README's first command, as a user runs it: generate, import, run, ledger; then all of it again.</summary>
public class DemoScriptTests
{
    [Fact]
    public void The_demo_builds_a_municipality_runs_it_and_a_second_demo_changes_nothing()
    {
        string folder = Path.Combine(Path.GetTempPath(), "takeup-demo-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (code, output) = Demo(folder);
            Assert.True(code == 0, output);
            Assert.Contains("import 1 (snapshot) applied to 44021", output);
            Assert.Matches(@"run 1 of 44021 on 2025-06-01 with be-vl@\S+ \(full", output);
            Assert.Matches(@"ledger: [1-9][\d,]* entries", output);
            Assert.Contains("granted", output);
            Assert.True(File.Exists(Path.Combine(folder, "takeup.db")));

            var (again, second) = Demo(folder);
            Assert.True(again == 0, second);
            Assert.Contains("already applied as import 1", second);
            Assert.Contains("(incremental", second);
            Assert.Contains("ledger: 0 entries (nothing changed)", second);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Demo(string folder)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "scripts", "demo"), "1500")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.Environment["TAKEUP_DEMO_DIR"] = folder;
        start.Environment.Remove("TAKEUP_DB");
        start.Environment.Remove("TAKEUP_CATALOG");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("scripts/demo did not finish within 8 minutes");
        }
        return (process.ExitCode, stdout + stderr.Result);
    }
}
