namespace TakeUp.Rules.Results;

/// <summary>The result of one right for one beneficiary (a member id, or "household" for household-level rights).</summary>
public sealed record RightResult(
    string Right,
    string Beneficiary,
    Outcome Outcome,
    RightAction Action,
    IReadOnlyList<string> Missing,
    IReadOnlyList<StaleFact> Stale,
    Amount? Amount,
    IReadOnlyList<Reason> Because);
