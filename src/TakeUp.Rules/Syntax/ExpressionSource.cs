namespace TakeUp.Rules.Syntax;

/// <summary>Where an expression (or part of it) stands: the file position of its first character.</summary>
internal readonly record struct ExpressionSource(string File, int Line, int Column, string Text)
{
    /// <summary>
    /// The file position of an offset inside the expression. Expressions written over several lines in a
    /// YAML block keep their line breaks, so the line can be counted; columns after the first line are
    /// relative to the block's indentation.
    /// </summary>
    public Diagnostics.SourceLocation At(int offset)
    {
        int line = Line, column = Column;
        for (int i = 0; i < offset && i < Text.Length; i++)
        {
            if (Text[i] == '\n') { line++; column = BlockIndent; }
            else column++;
        }
        return new Diagnostics.SourceLocation(File, line, column);
    }

    public int BlockIndent { get; init; } = 1;
}
