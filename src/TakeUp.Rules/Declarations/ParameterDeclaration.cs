using TakeUp.Rules.Diagnostics;

namespace TakeUp.Rules.Declarations;

/// <summary>A legal parameter (an amount, a ceiling) with its dated values, unit and legal reference.</summary>
public sealed record ParameterDeclaration(
    string Path, string? Description, string Unit, string Legal,
    IReadOnlyList<ParameterValueDeclaration> Values, SourceLocation Location);
