namespace TakeUp.Contract.SituationTests;

/// <summary>One way a situation test failed, at the line of the situation file it is about.</summary>
public sealed record SituationDifference(int Line, string Message);
