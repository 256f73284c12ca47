namespace TakeUp.Rules.Results;

/// <summary>One line of "because": a condition that decided, in one language, with its legal reference and the facts it used.</summary>
public sealed record Reason(string Text, string? Legal, IReadOnlyList<string> Facts);
