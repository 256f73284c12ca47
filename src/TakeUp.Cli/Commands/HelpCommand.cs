namespace TakeUp.Cli.Commands;

/// <summary>takeup help: the usage, on standard output since it was asked for.</summary>
internal static class HelpCommand
{
    public static int Run(CliContext context)
    {
        context.Out.WriteLine(Usage.Text);
        return ExitCodes.Success;
    }
}
