using TakeUp.Rules.Declarations;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Results;

namespace TakeUp.Rules.Evaluation;

/// <summary>One household on one date, with the results of the rights already evaluated (for entitled()).</summary>
internal sealed class HouseholdContext
{
    public HouseholdContext(Household household, DateOnly date, int rightCount)
    {
        Household = household;
        Members = household.Members;
        Reference = Members.ToList().FindIndex(m => m.Relation == Relation.Reference);
        if (Reference < 0) throw new ArgumentException($"household {household.Id} has no reference person", nameof(household));
        Date = date;
        Results = new (long Value, Trace Trace)[rightCount][];
    }

    public Household Household { get; }
    public IReadOnlyList<Member> Members { get; }
    public int Reference { get; }
    public DateOnly Date { get; }

    /// <summary>Per right (by evaluation order), per beneficiary (member index, or 0 for the household): eligible as a truth.</summary>
    public (long Value, Trace Trace)[][] Results { get; }

    /// <summary>Set per right (RightPlan.FreshSince): the first day a fact's as_of is fresh, per kind of fact.</summary>
    public int[] FreshSince { get; set; } = [];

    public string MemberPath(int member) => $"members[{Members[member].Id}]";

    public bool IsStale(FactKind kind, DateOnly? asOf) => asOf is { } a && a.DayNumber < FreshSince[(int)kind];
}
