using System.Diagnostics;
using System.Text;

namespace TakeUp.Cli.Tests.Support;

/// <summary>Runs the real takeup as a separate process, the way a user or a script does.</summary>
internal static class CliProcess
{
    /// <summary>The takeup.dll that the test build copied next to the tests: the CLI as it is in this build.</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "takeup.dll");

    public static CliRun Run(params string[] args) => Run(args, stdin: null);

    public static CliRun Run(IReadOnlyList<string> args, string? stdin, string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null) =>
        Start("dotnet", [Dll, .. args], stdin, workingDirectory, environment, TimeSpan.FromMinutes(1));

    /// <summary>Runs the ./takeup launcher, which may first have to build the CLI.</summary>
    public static CliRun RunLauncher(IReadOnlyList<string> args, string? stdin, string workingDirectory) =>
        Start(RepositoryPaths.Launcher, args, stdin, workingDirectory, null, TimeSpan.FromMinutes(5));

    private static CliRun Start(string program, IReadOnlyList<string> args, string? stdin, string? workingDirectory,
        IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // Tests choose their catalog explicitly; a developer's own setting must not leak in.
        start.Environment.Remove("TAKEUP_CATALOG");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            process.StandardInput.Write(stdin);
        process.StandardInput.Close();

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {timeout}");
        }
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
