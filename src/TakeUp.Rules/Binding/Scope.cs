namespace TakeUp.Rules.Binding;

/// <summary>
/// What one row of an expression stands for. Household-level rights are evaluated per household, person-level
/// rights per person; an aggregate inside a household-level expression iterates its persons, and one inside a
/// person-level expression iterates pairs (the beneficiary, each member of their household).
/// </summary>
internal enum Scope { Household, Person, Pair }
