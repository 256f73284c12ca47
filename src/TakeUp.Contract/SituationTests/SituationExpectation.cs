using TakeUp.Rules.Results;

namespace TakeUp.Contract.SituationTests;

/// <summary>
/// What one beneficiary's result for the file's right must be. Amount, Missing and Stale are checked only
/// when the situation gives them (HasAmount tells apart "amount: null" from no amount at all).
/// </summary>
public sealed record SituationExpectation(
    int Line,
    string Beneficiary,
    Outcome Outcome,
    RightAction Action,
    bool HasAmount,
    decimal? Amount,
    IReadOnlyList<string>? Missing,
    IReadOnlyList<string>? Stale);
