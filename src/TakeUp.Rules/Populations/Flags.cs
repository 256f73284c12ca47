namespace TakeUp.Rules.Populations;

/// <summary>
/// What a value rests on that stops an automatic grant, one bit each, in the population evaluator's doubt
/// columns. The explainer keeps the same two things as items of Trace.Doubts.
/// </summary>
internal static class Flags
{
    /// <summary>A stale fact or an unverified parameter: grant becomes propose.</summary>
    public const byte Stale = 1;

    /// <summary>Another right that is only likely (a worker must still judge it): eligible becomes likely-eligible.</summary>
    public const byte Judged = 2;

    public const byte All = Stale | Judged;
}
