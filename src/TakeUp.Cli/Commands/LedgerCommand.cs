using System.Globalization;
using TakeUp.Data.Ledger;
using TakeUp.Data.Storage;
using TakeUp.Runs.Ledger;

namespace TakeUp.Cli.Commands;

/// <summary>
/// takeup ledger --municipality NIS [--beneficiary ID [--reader ACCOUNT] [--reads]] [--right R] [--stage S]
/// [--limit N] [--db DB]: with --beneficiary, that resident's (or household's) story, oldest first, a dossier
/// read recorded with the reader's account (--reader, else the operating system's user name); with --reads as
/// well, who read that dossier, latest first. Without, the current states filtered by stage and right, in
/// worklist order (longest waiting first); with --stage counts, the number of pairs per right and stage.
/// </summary>
internal static class LedgerCommand
{
    private static readonly string[] Options = ["--municipality", "--beneficiary", "--reader", "--right", "--stage", "--limit", "--db"];
    private static readonly string[] Flags = ["--reads"];

    public static int Run(string[] args, CliContext context)
    {
        if (!ArgumentParser.TryParse(args, Options, out var parsed, out var problem, Flags))
            return Usage.Fail(context, $"ledger: {problem}");
        if (parsed.HelpRequested) return HelpCommand.Run(context);
        if (parsed.Positionals.Count > 0) return Usage.Fail(context, $"ledger: unexpected argument \"{parsed.Positionals[0]}\"");
        string? municipality = parsed.Option("--municipality");
        if (!MunicipalityOption.IsValid(municipality))
            return Usage.Fail(context, "ledger: --municipality needs the municipality's NIS code (5 digits)");
        int limit = 50;
        if (parsed.Option("--limit") is { } limitText && (!int.TryParse(limitText, CultureInfo.InvariantCulture, out limit) || limit < 1))
            return Usage.Fail(context, $"ledger: --limit \"{limitText}\" is not a positive number");
        string? stageText = parsed.Option("--stage");
        Stage? stage = null;
        if (stageText is not null and not "counts")
        {
            var names = Enum.GetValues<Stage>().Select(s => Naming.Kebab(s)).ToList();
            if (!names.Contains(stageText))
                return Usage.Fail(context, $"ledger: --stage \"{stageText}\" is not one of {string.Join(", ", names)}, counts");
            stage = Naming.ParseKebab<Stage>(stageText);
        }
        if (!DatabaseOption.TryResolve(parsed.Option("--db"), context, out var target, out var dbProblem))
            return Usage.Fail(context, $"ledger: {dbProblem}");

        if (DatabaseOption.Open(target!, context) is not { } database) return ExitCodes.Failure;
        var book = new LedgerBook(database);
        var o = context.Out;
        string? beneficiary = parsed.Option("--beneficiary");
        bool listReads = parsed.Option("--reads") is not null;
        if (listReads && beneficiary is null)
            return Usage.Fail(context, "ledger: --reads needs --beneficiary: whose dossier's reads to list");
        if (beneficiary is not null && listReads)
        {
            var reads = book.Reads(municipality!, beneficiary, limit);
            if (reads.Count == 0) o.WriteLine($"{beneficiary}: nobody has read this dossier");
            foreach (var r in reads)
                o.WriteLine($"{r.ReadAt:yyyy-MM-dd HH:mm:ss} UTC  {r.Reader,-20} via {r.Via,-14} {r.Entries} entries" +
                            (r.RightId is { } only ? $" of {only}" : ""));
            return ExitCodes.Success;
        }
        if (beneficiary is not null)
        {
            string reader = parsed.Option("--reader") ?? Environment.UserName;
            IReadOnlyList<LedgerEntry> history;
            try
            {
                history = book.History(municipality!, beneficiary, parsed.Option("--right"), new LedgerBook.Reader(reader, "cli ledger"));
            }
            catch (LedgerRefusal refusal)
            {
                return Usage.Fail(context, $"ledger: {refusal.Message}");
            }
            if (history.Count == 0) o.WriteLine($"{beneficiary}: no ledger entries" + (parsed.Option("--right") is { } r ? $" for {r}" : ""));
            foreach (var e in history)
                o.WriteLine($"{e.OccurredOn:yyyy-MM-dd}  {e.RightId,-32} {e.Event,-22} → {e.StageAfter,-18} {e.Actor}" +
                            (e.Channel is { } ch ? $" via {ch}" : "") + (e.NoticeDate is { } n ? $" notice {n:yyyy-MM-dd}" : "") +
                            (e.Reason is { } why ? $"  — {why}" : ""));
            return ExitCodes.Success;
        }
        if (stageText == "counts")
        {
            var counts = book.Counts(municipality!).Where(c => parsed.Option("--right") is not { } only || only == c.Right).ToList();
            int width = Math.Max(5, counts.Select(c => c.Right.Length).DefaultIfEmpty(0).Max());
            o.WriteLine($"{"right".PadRight(width)}  {"stage",-18} {"pairs",8}");
            foreach (var (right, s, count) in counts)
                o.WriteLine($"{right.PadRight(width)}  {s,-18} {count,8:N0}");
            if (counts.Count == 0) o.WriteLine("(no ledger entries yet: run `takeup run` first)");
            return ExitCodes.Success;
        }
        var states = book.States(municipality!, stage, parsed.Option("--right"), limit);
        o.WriteLine($"{"since",-10}  {"beneficiary",-16} {"right",-32} {"stage",-16} {"outcome",-16} {"action",-8} amount");
        foreach (var s in states)
            o.WriteLine($"{s.StageSince:yyyy-MM-dd}  {s.BeneficiaryId,-16} {s.RightId,-32} {s.Stage,-16} {s.Outcome,-16} {s.Action,-8} " +
                        (s.Amount is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "") +
                        (s.NoticeDate is { } n ? $" notice {n:yyyy-MM-dd}" : ""));
        if (states.Count == limit) o.WriteLine($"(first {limit}; use --limit for more)");
        return ExitCodes.Success;
    }
}
