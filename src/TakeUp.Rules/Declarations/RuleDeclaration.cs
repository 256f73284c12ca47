using TakeUp.Rules.Diagnostics;
using TakeUp.Rules.Results;
using TakeUp.Rules.Syntax;

namespace TakeUp.Rules.Declarations;

/// <summary>A condition or a ground of a right: a statement in plain language, its legal reference and its expression.</summary>
internal sealed record RuleDeclaration(
    string Id, LocalizedText Text, string Legal, ExpressionSource When,
    RightAction? Action, LocalizedText? Judgement, DateOnly? ValidFrom, DateOnly? ValidUntil, SourceLocation Location);
