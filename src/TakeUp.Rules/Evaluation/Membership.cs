using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Facts;

namespace TakeUp.Rules.Evaluation;

/// <summary>
/// Who belongs to a collection, as a truth, shared by both evaluators. The nuclear family ("gezin") of a
/// person is the reference person, their partners and the dependants; someone outside it (an unrelated
/// cohabitant, an adult child who is not dependent) forms a family alone. An unknown "dependent" makes
/// membership unknown, never false.
/// </summary>
internal static class Membership
{
    public static bool IsCore(Relation relation) => relation is Relation.Reference or Relation.Partner;

    /// <summary>Whether a member belongs to the nuclear family: certain for the reference person and partners, else their "dependent" fact.</summary>
    public static long Core(Relation relation, long dependent) => IsCore(relation) ? Value.True : dependent;

    public static long Family(bool same, long corePerson, long coreMember) =>
        same ? Value.True : Ops.And(corePerson, coreMember);

    public static long Partners(bool same, Relation person, Relation member) =>
        !same && ((person == Relation.Reference && member == Relation.Partner) || (person == Relation.Partner && member == Relation.Reference))
            ? Value.True : Value.False;

    public static long Dependants(bool same, long family, long dependentMember) =>
        same ? Value.False : Ops.And(family, dependentMember);

    public static long Of(Collection collection, bool same, Relation personRelation, Relation memberRelation,
        long personDependent, long memberDependent) => collection switch
    {
        Collection.Household => Value.True,
        Collection.Partners => Partners(same, personRelation, memberRelation),
        Collection.Family => Family(same, Core(personRelation, personDependent), Core(memberRelation, memberDependent)),
        _ => Dependants(same, Family(same, Core(personRelation, personDependent), Core(memberRelation, memberDependent)), memberDependent),
    };
}
