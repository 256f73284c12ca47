namespace TakeUp.Rules.Diagnostics;

/// <summary>A place in a catalog file; line and column count from 1.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
