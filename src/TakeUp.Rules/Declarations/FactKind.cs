namespace TakeUp.Rules.Declarations;

/// <summary>Kinds of facts that age at different speeds; a right sets a freshness limit per kind.</summary>
public enum FactKind { Register, Status, Income, Housing, Disability }
