namespace TakeUp.Cli;

/// <summary>What takeup's exit code means, the same for every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A check or test that found problems, or a catalog that cannot be found, compiled or evaluated.</summary>
    public const int Failure = 1;

    /// <summary>Invalid input or wrong usage: the contract's code for "fix what you gave me".</summary>
    public const int InvalidInput = 2;
}
