using System.Globalization;
using TakeUp.Data.Storage;
using TakeUp.Runs.Running;

namespace TakeUp.Cli.Commands;

/// <summary>
/// takeup run --municipality NIS[,NIS…]|all [--date YYYY-MM-DD] [--scope auto|full] [--notice-days N] [--db DB] [--catalog DIR]:
/// evaluates the municipality's households and records what changed in the ledger (one transaction: a run
/// that is stopped half-way leaves nothing behind and can simply be started again). Several municipalities (or
/// all in the database) run one after another in one process, each in its own transaction under its own lock,
/// with the catalog compiled once.
/// </summary>
internal static class RunCommand
{
    private static readonly Dictionary<string, string> PhaseNames = new()
    {
        ["load"] = "load households from the register",
        ["evaluate"] = "evaluate every right",
        ["compare"] = "compare with the ledger",
        ["write"] = "write the ledger",
    };

    private static readonly string[] Options = ["--municipality", "--date", "--scope", "--notice-days", "--db", "--catalog", "--threads"];

    public static int Run(string[] args, CliContext context)
    {
        if (!ArgumentParser.TryParse(args, Options, out var parsed, out var problem))
            return Usage.Fail(context, $"run: {problem}");
        if (parsed.HelpRequested) return HelpCommand.Run(context);
        if (parsed.Positionals.Count > 0) return Usage.Fail(context, $"run: unexpected argument \"{parsed.Positionals[0]}\"");

        string? municipalityText = parsed.Option("--municipality");
        bool all = municipalityText == "all";
        var municipalities = all ? [] : (municipalityText ?? "").Split(',', StringSplitOptions.TrimEntries).ToList();
        if (!all && (municipalities.Count == 0 || !municipalities.All(MunicipalityOption.IsValid) || municipalities.Distinct().Count() != municipalities.Count))
            return Usage.Fail(context, "run: --municipality needs NIS codes (5 digits, comma-separated, each once) or \"all\", e.g. --municipality 44021");
        var date = context.Today;
        if (parsed.Option("--date") is { } dateText &&
            !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return Usage.Fail(context, $"run: --date \"{dateText}\" is not a date (YYYY-MM-DD)");
        string scope = parsed.Option("--scope") ?? "auto";
        if (scope is not ("auto" or "full")) return Usage.Fail(context, $"run: --scope is auto or full, not \"{scope}\"");
        int notice = 30;
        if (parsed.Option("--notice-days") is { } noticeText && (!int.TryParse(noticeText, CultureInfo.InvariantCulture, out notice) || notice < 0 || notice > 366))
            return Usage.Fail(context, $"run: --notice-days \"{noticeText}\" is not a number of days from 0 to 366");
        int? threads = null;
        if (parsed.Option("--threads") is { } threadText)
        {
            if (!int.TryParse(threadText, CultureInfo.InvariantCulture, out int t) || t < 1)
                return Usage.Fail(context, $"run: --threads \"{threadText}\" is not a positive number");
            threads = t;
        }
        if (!DatabaseOption.TryResolve(parsed.Option("--db"), context, out var target, out var dbProblem))
            return Usage.Fail(context, $"run: {dbProblem}");

        if (CatalogLoader.Compile(parsed.Option("--catalog"), context) is not var (_, result)) return ExitCodes.Failure;
        if (!result.Succeeded)
        {
            CatalogLoader.ReportDiagnostics(result, context);
            return ExitCodes.Failure;
        }

        if (DatabaseOption.Open(target!, context) is not { } database) return ExitCodes.Failure;
        if (all)
        {
            using var db = database.Context();
            municipalities = db.Municipalities.Select(m => m.Municipality).OrderBy(m => m).ToList();
            if (municipalities.Count == 0)
                return Usage.Fail(context, "run: the database has no municipality yet; import one first (takeup import)");
        }
        var run = new PopulationRun(database, result.Catalog!);
        foreach (var municipality in municipalities)
        {
            using var progress = ProgressReporter.For(context);
            var options = new RunOptions(municipality, date)
            {
                Full = scope == "full", NoticeDays = notice, MaxThreads = threads,
                Phase = phase => progress.Report((municipalities.Count > 1 ? municipality + ": " : "") + PhaseNames[phase], 0, null),
            };
            var summary = run.Execute(options);
            progress.Dispose();
            Report(context, municipality, date, result.Catalog!.Name, target!.Describe(), summary);
        }
        return ExitCodes.Success;
    }

    private static void Report(CliContext context, string municipality, DateOnly date, string catalog, string database, RunSummary summary)
    {
        var o = context.Out;
        o.WriteLine($"run {summary.RunId} of {municipality} on {date:yyyy-MM-dd} with {catalog} ({summary.Scope}, {database})");
        o.WriteLine($"  evaluated: {summary.Households:N0} households, {summary.Persons:N0} persons");
        o.WriteLine($"  ledger: {summary.LedgerEntries:N0} entries" + (summary.EntriesByEvent.Count == 0 ? " (nothing changed)" :
            " (" + string.Join(", ", summary.EntriesByEvent.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => $"{e.Key} {e.Value:N0}")) + ")"));
        o.WriteLine("  time: " + string.Join(", ", summary.Phases.Select(p => $"{p.Key} {Seconds(p.Value.Wall)}")));
        o.WriteLine("  CPU: " + string.Join(", ", summary.Phases.Select(p => $"{p.Key} {Seconds(p.Value.Cpu)}")));
        o.WriteLine("  peak memory: " + string.Join(", ", summary.Phases.Select(p =>
            $"{p.Key} {(p.Value.PeakBytes / (1024.0 * 1024 * 1024)).ToString("0.00", CultureInfo.InvariantCulture)} GiB")));
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
