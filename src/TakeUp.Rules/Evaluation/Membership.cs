using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Facts;

namespace TakeUp.Rules.Evaluation;

/// <summary>
/// Who belongs to an aggregate's collection, as a truth; the one definition both evaluators use. The nuclear
/// family ("gezin") of a person is the reference person, their partners and the dependants; someone outside
/// it (an unrelated cohabitant, an adult child who is not dependent) forms a family alone. An unknown
/// "dependent" makes membership unknown, never false.
/// </summary>
internal static class Membership
{
    public static bool IsCore(Relation relation) => relation is Relation.Reference or Relation.Partner;

    /// <param name="same">the member is the owner of the collection (the p of family(p))</param>
    /// <param name="ownerDependent">the owner's "dependent" fact; used only when the owner is not core</param>
    /// <param name="memberDependent">the member's "dependent" fact</param>
    public static T Of<T>(Collection collection, bool same, Relation owner, Relation member, T ownerDependent, T memberDependent)
        where T : ITruth<T>
    {
        switch (collection)
        {
            case Collection.Household:
                return T.True;
            case Collection.Partners:
                bool partners = !same && ((owner == Relation.Reference && member == Relation.Partner) || (owner == Relation.Partner && member == Relation.Reference));
                return partners ? T.True : T.False;
        }
        if (same) return collection == Collection.Family ? T.True : T.False;
        var family = T.And(IsCore(owner) ? T.True : ownerDependent, IsCore(member) ? T.True : memberDependent);
        return collection == Collection.Family ? family : T.And(family, memberDependent);
    }
}
