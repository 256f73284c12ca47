namespace TakeUp.Rules.Results;

/// <summary>A computed amount, rounded to the cent; unit is one of the contract's ("EUR/month", "EUR/year", "EUR", "ratio").</summary>
public sealed record Amount(decimal Value, string Unit);
