using TakeUp.Data.Storage;

namespace TakeUp.Cli;

/// <summary>
/// The database a command uses: --db, else $TAKEUP_DB, else sqlite:takeup.db in the current folder. A relative
/// SQLite path is taken from the current folder of the command.
/// </summary>
internal static class DatabaseOption
{
    public const string Name = "--db";
    public const string Variable = "TAKEUP_DB";

    public static bool TryResolve(string? option, CliContext context, out DatabaseTarget? target, out string? problem)
    {
        string text = option
            ?? (context.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment : "sqlite:" + DatabaseTarget.DefaultSqlitePath);
        if (text.StartsWith("sqlite:", StringComparison.Ordinal) && text.Length > "sqlite:".Length)
            text = "sqlite:" + Path.GetFullPath(text["sqlite:".Length..], context.CurrentDirectory);
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

    /// <summary>Opens (and migrates) the database, or says on stderr why it cannot.</summary>
    public static Database? Open(DatabaseTarget target, CliContext context)
    {
        try
        {
            return Database.Open(target);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            context.Error.WriteLine($"takeup: cannot open the database ({target.Describe()}): {e.Message}");
            return null;
        }
    }
}
