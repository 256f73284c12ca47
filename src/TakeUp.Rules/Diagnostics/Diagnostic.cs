namespace TakeUp.Rules.Diagnostics;

/// <summary>A problem found while compiling a catalog, where it is and what is wrong.</summary>
public sealed record Diagnostic(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
