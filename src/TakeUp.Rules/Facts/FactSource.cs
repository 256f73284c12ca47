namespace TakeUp.Rules.Facts;

/// <summary>Who told us a fact. Worker and home-visit facts are observed, the others come from registers.</summary>
public enum FactSource { Ksz, Tax, Register, Declared, HomeVisit, Worker, Other }
