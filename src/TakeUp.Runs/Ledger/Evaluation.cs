using TakeUp.Rules.Results;

namespace TakeUp.Runs.Ledger;

/// <summary>One right for one beneficiary as a run evaluated it: what the ledger compares between runs.</summary>
public readonly record struct Evaluation(Outcome Outcome, RightAction Action, decimal? Amount, bool Doubtful)
{
    /// <summary>What a beneficiary who left the register (or the household) is: not eligible here any more.</summary>
    public static Evaluation Gone => new(Outcome.NotEligible, RightAction.None, null, false);

    public bool IsIdentified => Outcome != Outcome.NotEligible;

    public override string ToString() =>
        $"{Wire.Name(Outcome)}/{Wire.Name(Action)}" + (Amount is { } a ? $" {a.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}" : "") + (Doubtful ? " (doubtful)" : "");
}
