namespace TakeUp.Rules.Results;

/// <summary>The languages every text of a catalog is written in.</summary>
public enum Language { Nl, Fr, En }
