namespace TakeUp.Rules.Results;

/// <summary>All rights of a catalog for one household on one date: one entry per right and beneficiary.</summary>
public sealed record HouseholdResult(string Household, DateOnly Date, string Catalog, IReadOnlyList<RightResult> Results);
