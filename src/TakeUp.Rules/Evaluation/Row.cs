namespace TakeUp.Rules.Evaluation;

/// <summary>Whom an expression is evaluated for: the beneficiary and the iterated member (-1 when none).</summary>
internal readonly record struct Row(int Beneficiary, int Iterated);
