namespace TakeUp.Rules.Results;

/// <summary>The contract's outcome of one right for one beneficiary.</summary>
public enum Outcome { Eligible, LikelyEligible, NotEligible, Unknown }
