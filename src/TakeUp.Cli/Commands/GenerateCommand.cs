using System.Globalization;
using TakeUp.Contract.Situations;
using TakeUp.Imports;
using TakeUp.Imports.Snapshots;
using TakeUp.Synthetic;

namespace TakeUp.Cli.Commands;

/// <summary>
/// takeup generate --municipality NIS --persons N [--seed S] [--date YYYY-MM-DD] [--messiness X] --out DIR:
/// a synthetic population written as a snapshot folder (docs/data-formats.md). The same options give the same
/// bytes. Nobody in it exists.
/// </summary>
internal static class GenerateCommand
{
    private static readonly string[] Options = ["--municipality", "--persons", "--seed", "--date", "--messiness", "--out"];

    public static int Run(string[] args, CliContext context)
    {
        if (!ArgumentParser.TryParse(args, Options, out var parsed, out var problem))
            return Usage.Fail(context, $"generate: {problem}");
        if (parsed.HelpRequested)
            return HelpCommand.Run(context);
        if (parsed.Positionals.Count > 0)
            return Usage.Fail(context, $"generate: unexpected argument \"{parsed.Positionals[0]}\" (use --out DIR)");

        if (parsed.Option("--municipality") is not { } municipality || !MunicipalityOption.IsValid(municipality))
            return Usage.Fail(context, "generate: --municipality needs a 5-digit NIS code, e.g. 44021");
        if (!int.TryParse(parsed.Option("--persons"), NumberStyles.None, CultureInfo.InvariantCulture, out int persons) || persons < 1)
            return Usage.Fail(context, "generate: --persons needs a number of persons, at least 1");
        ulong seed = 1;
        if (parsed.Option("--seed") is { } seedText && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            return Usage.Fail(context, $"generate: --seed \"{seedText}\" is not a whole number");
        var date = new PopulationOptions().ReferenceDate;
        if (parsed.Option("--date") is { } dateText && !ContractDate.TryParse(dateText, out date, out var dateProblem))
            return Usage.Fail(context, $"generate: --date {dateProblem}");
        double messiness = 1;
        if (parsed.Option("--messiness") is { } messText
            && (!double.TryParse(messText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out messiness) || messiness < 0))
            return Usage.Fail(context, $"generate: --messiness \"{messText}\" is not a number of 0 or more");
        if (parsed.Option("--out") is not { } outText)
            return Usage.Fail(context, "generate: --out DIR is required (the snapshot folder to write)");

        PopulationOptions options;
        try
        {
            options = new PopulationOptions
            {
                Seed = seed, Persons = persons, ReferenceDate = date, Messiness = messiness,
                Municipalities = [new MunicipalityWeight(municipality, 1)],
            };
            _ = new PopulationGenerator(options);
        }
        catch (ArgumentException e)
        {
            return Usage.Fail(context, $"generate: {e.Message}");
        }

        string folder = Path.GetFullPath(outText, context.CurrentDirectory);
        using var progress = ProgressReporter.For(context);
        var summary = SnapshotWriter.Write(folder, municipality, date, PopulationGenerator.Generate(options),
            new ProgressAdapter(progress));
        progress.Dispose();
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {outText}: {summary.Households:N0} households, {summary.Persons:N0} persons, {summary.Statuses:N0} statuses, {summary.Incomes:N0} incomes (municipality {municipality}, seed {seed}, {date:yyyy-MM-dd}) in {progress.Elapsed.TotalSeconds:0.0} s"));
        return ExitCodes.Success;
    }
}

/// <summary>Feeds an import's or a writer's progress to the reporter.</summary>
internal sealed class ProgressAdapter(ProgressReporter reporter) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => reporter.Report(value.Phase, value.Done, value.Total);
}
