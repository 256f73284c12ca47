using TakeUp.Rules.Diagnostics;
using TakeUp.Rules.Results;
using TakeUp.Rules.Syntax;

namespace TakeUp.Rules.Declarations;

/// <summary>A right as written in its file, before its expressions are bound.</summary>
internal sealed record RightDeclaration(
    string Id, LocalizedText Name, string GrantedBy, bool IsPersonLevel, string Automation, string Legal,
    DateOnly? ValidFrom, DateOnly? ValidUntil, IReadOnlyDictionary<FactKind, Freshness> Freshness,
    RightAction UnknownAction, IReadOnlyList<(string Name, ExpressionSource Expression)> Definitions,
    IReadOnlyList<RuleDeclaration> Conditions, IReadOnlyList<RuleDeclaration> Grounds,
    AmountDeclaration? Amount, SourceLocation Location);
