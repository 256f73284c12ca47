namespace TakeUp.Imports.Validation;

/// <summary>
/// One thing wrong with an import file: where (file, line, field) and why. Line 0 means the file as a whole
/// (a manifest mismatch, a missing trailer). Values quoted in a reason are codes, numbers or dates, never names.
/// </summary>
public sealed record ImportProblem(string File, int Line, string? Field, string Reason)
{
    public override string ToString() =>
        (Line > 0 ? $"{File}:{Line}" : File) + (Field is null ? "" : $": {Field}") + $": {Reason}";
}
