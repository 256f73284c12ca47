using TakeUp.Contract.Situations;

namespace TakeUp.Contract.SituationTests;

/// <summary>
/// One situation of a situation file, read as far as it could be: the situation itself when it is valid,
/// and every problem found in it (reader problems included, with their YAML lines).
/// </summary>
public sealed record SituationCase(
    int Line,
    string Name,
    Situation? Situation,
    IReadOnlyList<SituationExpectation> Expectations,
    IReadOnlyList<SituationDifference> Problems);
