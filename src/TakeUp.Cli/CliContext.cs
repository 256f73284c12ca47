using System.Text;
using TakeUp.Rules.Catalogs;

namespace TakeUp.Cli;

/// <summary>
/// Everything a command touches outside itself: streams, clock, folders, environment and the catalog
/// compiler. Commands never reach for Console, DateTime.Now or the real compiler directly, so tests can
/// run them in-process with a fixed day and a fake catalog.
/// </summary>
internal sealed record CliContext : IDisposable
{
    public required Func<Stream> OpenStandardInput { get; init; }

    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required TimeProvider Clock { get; init; }

    public required string CurrentDirectory { get; init; }

    /// <summary>Where takeup.dll is: the catalog is also looked for above it, so ./takeup works from anywhere.</summary>
    public required string ExecutableDirectory { get; init; }

    public required Func<string, string?> GetEnvironmentVariable { get; init; }

    public required Func<string, CompileResult> CompileCatalog { get; init; }

    /// <summary>Standard error is a terminal: progress may redraw a bar there instead of writing plain lines.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Today in the local time zone: a social worker's "today", not UTC's.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    public static CliContext ForThisProcess()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return new CliContext
        {
            OpenStandardInput = Console.OpenStandardInput,
            Out = new StreamWriter(Console.OpenStandardOutput(), utf8) { NewLine = "\n" },
            // Standard error is for progress and problems: written through at once, as a terminal or a watching script expects.
            Error = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true },
            Clock = TimeProvider.System,
            CurrentDirectory = Environment.CurrentDirectory,
            ExecutableDirectory = AppContext.BaseDirectory,
            GetEnvironmentVariable = Environment.GetEnvironmentVariable,
            CompileCatalog = CatalogCompiler.Compile,
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
    }

    public void Dispose()
    {
        Out.Flush();
        Error.Flush();
    }
}
