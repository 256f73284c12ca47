using TakeUp.Rules.Diagnostics;

namespace TakeUp.Rules.Declarations;

/// <summary>One dated value of a parameter. A null value means the law from this date on is not encoded.</summary>
public sealed record ParameterValueDeclaration(DateOnly From, decimal? Value, string? Source, bool Verified, string? Note, SourceLocation Location);
