namespace TakeUp.Rules.Evaluation;

/// <summary>
/// A three-valued truth together with what it rests on: a trace in the explainer, flag bits in the
/// population evaluator. Lets one definition (Membership) serve both.
/// </summary>
internal interface ITruth<T> where T : ITruth<T>
{
    static abstract T True { get; }
    static abstract T False { get; }
    static abstract T And(T a, T b);
}
