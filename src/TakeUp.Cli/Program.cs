using TakeUp.Cli;
using TakeUp.Cli.Commands;

// takeup: evaluate a household's rights, check a catalog, run its situation tests, generate and import register
// data. One file per command.

using var context = CliContext.ForThisProcess();
return Guard.Run(context, () => Dispatch(args, context));

static int Dispatch(string[] args, CliContext context) => args switch
{
    [] or ["help" or "--help" or "-h", ..] => HelpCommand.Run(context),
    ["evaluate", .. var rest] => EvaluateCommand.Run(rest, context),
    ["check", .. var rest] => CheckCommand.Run(rest, context),
    ["test", .. var rest] => TestCommand.Run(rest, context),
    ["run", .. var rest] => RunCommand.Run(rest, context),
    ["ledger", .. var rest] => LedgerCommand.Run(rest, context),
    ["generate", .. var rest] => GenerateCommand.Run(rest, context),
    ["import", .. var rest] => ImportCommand.Run(rest, context),
    [var unknown, ..] => Usage.Fail(context, $"unknown command \"{unknown}\""),
};
