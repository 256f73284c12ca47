namespace TakeUp.Rules.Populations;

/// <summary>
/// What a value rests on, one bit each, in the population evaluator's doubt columns: what stops an automatic
/// grant (Stale, Judged), and why an unknown is unknown (Missing, Gap). The explainer keeps the same things in
/// Trace.Doubts, Trace.Missing and Trace.Gaps, and combines them by the same rules.
/// </summary>
internal static class Flags
{
    /// <summary>A stale fact or an unverified parameter: grant becomes propose.</summary>
    public const byte Stale = 1;

    /// <summary>Another right that is only likely (a worker must still judge it): eligible becomes likely-eligible.</summary>
    public const byte Judged = 2;

    /// <summary>A fact is absent (unknown values only: a known value never carries it).</summary>
    public const byte Missing = 4;

    /// <summary>A parameter is not encoded for the date (unknown values only).</summary>
    public const byte Gap = 8;

    /// <summary>What a known value may carry.</summary>
    public const byte Doubts = Stale | Judged;

    public const byte All = Stale | Judged | Missing | Gap;
}
