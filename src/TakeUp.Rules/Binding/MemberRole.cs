namespace TakeUp.Rules.Binding;

/// <summary>Which person an expression speaks of: the beneficiary, the household's reference person, or the member an aggregate iterates.</summary>
internal enum MemberRole { Beneficiary, Reference, Iterated }
