using System.Text;
using TakeUp.Rules.Catalogs;
using TakeUp.Rules.Diagnostics;

namespace TakeUp.Cli.Tests.Support;

/// <summary>A CliContext for running a command inside the test: captured output, a fixed day, a chosen catalog.</summary>
internal sealed class InProcessCli
{
    private readonly StringWriter _out = new() { NewLine = "\n" };
    private readonly StringWriter _error = new() { NewLine = "\n" };

    public InProcessCli(Func<string, CompileResult> compile, string? stdin = null, string? currentDirectory = null,
        string? executableDirectory = null, IReadOnlyDictionary<string, string>? environment = null,
        DateTimeOffset? now = null)
    {
        Context = new CliContext
        {
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? "")),
            Out = _out,
            Error = _error,
            Clock = new FixedClock(now ?? new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero)),
            CurrentDirectory = currentDirectory ?? RepositoryPaths.Root,
            ExecutableDirectory = executableDirectory ?? RepositoryPaths.Root,
            GetEnvironmentVariable = name => environment?.GetValueOrDefault(name),
            CompileCatalog = compile,
        };
    }

    public CliContext Context { get; }

    public string Stdout => _out.ToString();

    public string Stderr => _error.ToString();

    public IReadOnlyList<string> StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A compiler that returns this catalog for any folder, and records which folder it was given.</summary>
    public static Func<string, CompileResult> Compiles(ICatalog catalog, List<string>? folders = null) => folder =>
    {
        folders?.Add(folder);
        return new CompileResult(catalog, []);
    };

    public static Func<string, CompileResult> FailsWith(params Diagnostic[] diagnostics) => _ => new CompileResult(null, diagnostics);
}
