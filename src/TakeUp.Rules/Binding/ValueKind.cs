namespace TakeUp.Rules.Binding;

/// <summary>The types of the rule language. A Code is a value of a value set (residence, tenure…).</summary>
internal enum ValueKind { Truth, Number, Date, Code, Member }
