namespace TakeUp.Rules.Results;

/// <summary>A fact the result rests on whose source last confirmed it longer ago than the right allows.</summary>
public sealed record StaleFact(string Fact, DateOnly AsOf, int AgeDays);
