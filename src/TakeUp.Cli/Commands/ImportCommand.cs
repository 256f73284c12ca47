using System.Globalization;
using TakeUp.Imports;

namespace TakeUp.Cli.Commands;

/// <summary>
/// takeup import --municipality NIS [--db TARGET] [--quarantine] PATH: applies a snapshot folder or a mutations
/// file (docs/data-formats.md) in one transaction. A summary on stdout and exit 0 when applied (or already
/// applied before); every problem as file:line: field: reason on stderr and exit 2 when refused, with the
/// database left as it was.
/// </summary>
internal static class ImportCommand
{
    private static readonly string[] Options = ["--municipality", DatabaseOption.Name];
    private static readonly string[] Flags = ["--quarantine"];

    public static int Run(string[] args, CliContext context)
    {
        if (!ArgumentParser.TryParse(args, Options, out var parsed, out var problem, Flags))
            return Usage.Fail(context, $"import: {problem}");
        if (parsed.HelpRequested)
            return HelpCommand.Run(context);
        if (parsed.Positionals.Count != 1)
            return Usage.Fail(context, parsed.Positionals.Count == 0
                ? "import: give the snapshot folder or the mutations file to import"
                : $"import: give one snapshot folder or mutations file, not {parsed.Positionals.Count}");
        if (parsed.Option("--municipality") is not { } municipality || municipality.Length != 5 || !municipality.All(char.IsAsciiDigit))
            return Usage.Fail(context, "import: --municipality needs a 5-digit NIS code, e.g. 44021");
        if (!DatabaseOption.TryResolve(parsed.Option(DatabaseOption.Name), context, out var target, out var dbProblem))
            return Usage.Fail(context, $"import: {dbProblem}");

        string path = Path.GetFullPath(parsed.Positionals[0], context.CurrentDirectory);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            context.Error.WriteLine($"takeup: cannot read {parsed.Positionals[0]}: no such file or folder");
            return ExitCodes.InvalidInput;
        }
        if (DatabaseOption.Open(target!, context) is not { } database)
            return ExitCodes.Failure;

        bool quarantine = parsed.Option("--quarantine") is not null;
        ImportReport report;
        using (var progress = ProgressReporter.For(context))
        {
            var importer = new Importer(database, new ImportOptions
            {
                Quarantine = quarantine, Clock = context.Clock, Progress = new ProgressAdapter(progress),
            });
            report = importer.Import(municipality, path);
        }

        string seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        switch (report.Outcome)
        {
            case ImportOutcome.AlreadyApplied:
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{parsed.Positionals[0]}: already applied as import {report.ImportId} on {report.PreviouslyAppliedAt:yyyy-MM-dd HH:mm} UTC; nothing changed"));
                return ExitCodes.Success;
            case ImportOutcome.Refused:
                foreach (var p in report.Problems) context.Error.WriteLine(p.ToString());
                if (report.ProblemCount > report.Problems.Count)
                    context.Error.WriteLine($"… and {report.ProblemCount - report.Problems.Count} more problems");
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"takeup: import refused: {report.ProblemCount} problem{(report.ProblemCount == 1 ? "" : "s")}; nothing was changed{(quarantine ? "" : " (--quarantine applies the valid records and keeps the bad ones aside)")}"));
                return ExitCodes.InvalidInput;
            default:
                if (report.ProblemCount > 0)
                    context.Error.WriteLine($"takeup: {report.ProblemCount} problems; the records concerned are in quarantined_records of import {report.ImportId}");
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"import {report.ImportId} ({report.Kind}) applied to {municipality} in {target!.Describe()}: {report.Records:N0} records, "
                    + $"{report.HouseholdsChanged:N0} households changed ({report.HouseholdsAdded:N0} new, {report.HouseholdsModified:N0} modified, {report.HouseholdsRemoved:N0} removed), "
                    + $"{report.Quarantined:N0} quarantined, {report.Conflicts:N0} conflicts with observations, {seconds} s"));
                return ExitCodes.Success;
        }
    }
}
