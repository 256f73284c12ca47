using TakeUp.Rules.Facts;

namespace TakeUp.Contract.Situations;

/// <summary>A household as a takeup.situation/v1 document gives it, with the date it is to be judged on, if the document says.</summary>
public sealed record Situation(Household Household, DateOnly? Date);
