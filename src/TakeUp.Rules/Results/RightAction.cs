namespace TakeUp.Rules.Results;

/// <summary>What TakeUp would do about a result: open the right, propose it, invite, ask for facts, or nothing.</summary>
public enum RightAction { Grant, Propose, Invite, Ask, None }
