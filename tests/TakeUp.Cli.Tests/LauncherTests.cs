using TakeUp.Cli.Tests.Support;

namespace TakeUp.Cli.Tests;

/// <summary>
/// The ./takeup launcher, run from a directory outside the repository: it builds what it needs (quietly) and
/// passes stdin, stdout, stderr and the exit code through. The first run may have to build the CLI.
/// </summary>
public sealed class LauncherTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("takeup-launcher-").FullName;

    public void Dispose() => Directory.Delete(_elsewhere, recursive: true);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the launcher is a bash script
    public void The_launcher_is_executable()
    {
        Assert.True(File.GetUnixFileMode(RepositoryPaths.Launcher).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void It_runs_from_any_directory_and_prints_only_what_takeup_prints()
    {
        var run = CliProcess.RunLauncher(["help"], stdin: null, _elsewhere);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("usage: takeup <command> [options]", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void It_passes_stdin_through_and_keeps_the_exit_code_and_the_streams_apart()
    {
        var run = CliProcess.RunLauncher(["evaluate", "-"], """{ "household": { "id": "h1", "members": [] } }""", _elsewhere);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(["$.household.members: must have at least one member"], run.StderrLines);
    }
}
