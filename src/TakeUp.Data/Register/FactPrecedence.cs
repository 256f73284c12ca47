namespace TakeUp.Data.Register;

/// <summary>
/// Which of a register fact and a worker's observation of the same fact the rules use. The rule, in plain
/// words: the more recent one wins; on the same day the worker's observation wins, because it was seen.
/// A register value dated after the visit wins, since the situation may have changed since then; the
/// conflict stays recorded either way so that a worker can look at it.
/// </summary>
public static class FactPrecedence
{
    public const string Rule =
        "the more recent fact wins; on the same day the worker's observation wins over the register";

    public static bool ObservationWins(DateOnly observedOn, DateOnly? registerAsOf) =>
        registerAsOf is not { } asOf || observedOn >= asOf;
}
