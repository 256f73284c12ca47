namespace TakeUp.Cli;

/// <summary>Turns an unexpected exception into one line on standard error and exit code 1, never a stack trace on stdout.</summary>
internal static class Guard
{
    public static int Run(CliContext context, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            context.Error.WriteLine($"takeup: internal error: {exception.GetType().Name}: {exception.Message}");
            if (context.GetEnvironmentVariable("TAKEUP_DEBUG") is { Length: > 0 })
                context.Error.WriteLine(exception);
            return ExitCodes.Failure;
        }
    }
}
