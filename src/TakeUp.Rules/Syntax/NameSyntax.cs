namespace TakeUp.Rules.Syntax;

/// <summary>A dotted name: a variable with attributes (person.age), a definition, or a parameter path.</summary>
internal sealed record NameSyntax(IReadOnlyList<Token> Parts) : ExpressionSyntax(Parts[0].Offset)
{
    public string Dotted => string.Join('.', Parts.Select(p => p.Text));
}
