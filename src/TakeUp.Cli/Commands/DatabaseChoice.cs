using TakeUp.Data.Storage;

namespace TakeUp.Cli.Commands;

/// <summary>
/// Which database an operator's command works on: --db, else $TAKEUP_DB, else sqlite:takeup.db in the current
/// folder (the embedded default). Forms: sqlite:PATH or postgres:CONNECTION-STRING.
/// </summary>
internal static class DatabaseChoice
{
    public static bool TryResolve(string? option, CliContext context, out DatabaseTarget? target, out string? problem)
    {
        string text = option ?? context.GetEnvironmentVariable("TAKEUP_DB") ?? "sqlite:" + Path.Combine(context.CurrentDirectory, DatabaseTarget.DefaultSqlitePath);
        try
        {
            target = DatabaseTarget.Parse(text);
            problem = null;
            return true;
        }
        catch (ArgumentException e)
        {
            target = null;
            problem = e.Message;
            return false;
        }
    }

    /// <summary>A NIS code: five digits.</summary>
    public static bool IsMunicipality(string? text) => text is { Length: 5 } && text.All(char.IsAsciiDigit);
}
