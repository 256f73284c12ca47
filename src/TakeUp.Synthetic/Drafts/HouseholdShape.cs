namespace TakeUp.Synthetic.Drafts;

/// <summary>The family types Statbel counts households by, plus the rare unaccompanied minor.</summary>
internal enum HouseholdShape
{
    Single,
    Couple,
    CoupleWithChildren,
    SingleParent,
    /// <summary>Reference, possibly a partner and children, and one of the reference's parents.</summary>
    MultiGeneration,
    /// <summary>Siblings or cousins, or grandparents raising grandchildren.</summary>
    Relatives,
    /// <summary>Adults sharing a dwelling (co-housing, students, friends).</summary>
    Unrelated,
    /// <summary>An unaccompanied foreign minor (NBMV) in a reception place.</summary>
    UnaccompaniedMinor,
}
