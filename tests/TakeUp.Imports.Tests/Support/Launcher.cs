using System.Diagnostics;

namespace TakeUp.Imports.Tests.Support;

/// <summary>Runs ./takeup (the launcher, which builds the CLI on first use) as a real process, optionally killing it.</summary>
internal static class Launcher
{
    public sealed record Outcome(bool Killed, int ExitCode, string Stderr, string Stdout);

    public static Outcome Run(IReadOnlyList<string> args, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo(RepositoryPaths.Launcher)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        bool killed = false;
        if (killAfter is { } delay && !process.WaitForExit(delay))
        {
            // SIGKILL on Linux, to the launcher and anything it started: no chance to clean up, like a power cut.
            process.Kill(entireProcessTree: true);
            killed = true;
        }
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"takeup {string.Join(' ', args)} did not finish within 5 minutes");
        }
        process.WaitForExit();
        // A killed process may leave a grandchild holding the pipes for a while; do not wait for it forever.
        string error = stderr.Wait(TimeSpan.FromSeconds(30)) ? stderr.Result : "(standard error still open)";
        return new Outcome(killed, killed ? -1 : process.ExitCode, error, stdout.Wait(TimeSpan.FromSeconds(30)) ? stdout.Result : "");
    }
}
