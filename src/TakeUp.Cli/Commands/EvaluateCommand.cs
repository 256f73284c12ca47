using TakeUp.Contract.Results;
using TakeUp.Contract.Situations;
using TakeUp.Rules.Results;

namespace TakeUp.Cli.Commands;

/// <summary>
/// takeup evaluate [--date YYYY-MM-DD] [--lang nl|fr|en] [--catalog DIR] FILE|-
/// exactly as the contract says: the result on stdout and exit 0, or one line per problem on stderr,
/// nothing on stdout and exit 2. The input is read before the catalog is compiled, so bad input is
/// reported the same way whatever state the catalog is in.
/// </summary>
internal static class EvaluateCommand
{
    private static readonly string[] Options = ["--date", "--lang", "--catalog"];

    public static int Run(string[] args, CliContext context)
    {
        if (!ArgumentParser.TryParse(args, Options, out var parsed, out var problem))
            return Usage.Fail(context, $"evaluate: {problem}");
        if (parsed.HelpRequested)
            return HelpCommand.Run(context);
        if (parsed.Positionals.Count != 1)
            return Usage.Fail(context, parsed.Positionals.Count == 0
                ? "evaluate: give the situation FILE, or - to read it from standard input"
                : $"evaluate: give one situation FILE, not {parsed.Positionals.Count}");

        DateOnly? date = null;
        if (parsed.Option("--date") is { } dateText)
        {
            if (!ContractDate.TryParse(dateText, out var parsedDate, out var dateProblem))
                return Usage.Fail(context, $"evaluate: --date {dateProblem}");
            date = parsedDate;
        }

        var language = Language.En;
        if (parsed.Option("--lang") is { } languageText && !Wire.TryParseLanguage(languageText, out language))
            return Usage.Fail(context, $"evaluate: --lang \"{languageText}\" is not one of nl, fr, en");

        if (Read(parsed.Positionals[0], context) is not { } read)
            return ExitCodes.InvalidInput;
        if (!read.Succeeded)
        {
            foreach (var situationProblem in read.Problems)
                context.Error.WriteLine(situationProblem.ToString());
            return ExitCodes.InvalidInput;
        }

        if (CatalogLoader.Load(parsed.Option("--catalog"), context) is not { } loaded)
            return ExitCodes.Failure;

        var situation = read.Situation!;
        var result = loaded.Catalog.Evaluate(situation.Household, date ?? situation.Date ?? context.Today, language);
        context.Out.Write(ResultWriter.Write(result));
        return ExitCodes.Success;
    }

    private static SituationReadResult? Read(string file, CliContext context)
    {
        if (file == "-")
        {
            using var input = context.OpenStandardInput();
            return SituationReader.Read(input);
        }

        string path = Path.GetFullPath(file, context.CurrentDirectory);
        try
        {
            using var stream = File.OpenRead(path);
            return SituationReader.Read(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            string reason = exception is FileNotFoundException or DirectoryNotFoundException ? "no such file" : exception.Message;
            context.Error.WriteLine($"takeup: cannot read {file}: {reason}");
            return null;
        }
    }
}
