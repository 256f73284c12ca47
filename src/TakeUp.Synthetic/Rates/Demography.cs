using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Drafts;
using TakeUp.Synthetic.Randomness;

namespace TakeUp.Synthetic.Rates;

/// <summary>
/// Who lives together, how old they are, and on what residence ground. Private households in the Flemish
/// Region; people in care homes and other collective households are outside Statbel's household counts
/// and outside this model. Every figure is documented, with its source, in docs/synthetic-population.md.
/// </summary>
internal static class Demography
{
    /// <summary>
    /// Household size. Statbel (households by size, Flemish Region, 2023–2024, rounded): 1 person 35%,
    /// 2: 32%, 3: 15%, 4: 12%, 5 or more: 6%. The split of "5 or more" into 5–8 follows the usual geometric
    /// tail (about 70/22/6/2).
    /// </summary>
    public static readonly WeightedTable<int> HouseholdSize = new(
        (1, 35.0), (2, 32.0), (3, 15.0), (4, 12.0), (5, 4.2), (6, 1.3), (7, 0.35), (8, 0.15));

    /// <summary>
    /// Family type given the size. Chosen so that single-parent households are about 8% of all households
    /// and couples with children about 26% (Statbel family types, Flemish Region, rounded).
    /// </summary>
    private static readonly WeightedTable<HouseholdShape> SizeOne = new(
        (HouseholdShape.Single, 99.97), (HouseholdShape.UnaccompaniedMinor, 0.03));

    private static readonly WeightedTable<HouseholdShape> SizeTwo = new(
        (HouseholdShape.Couple, 78), (HouseholdShape.SingleParent, 14), (HouseholdShape.MultiGeneration, 3),
        (HouseholdShape.Relatives, 3), (HouseholdShape.Unrelated, 2));

    private static readonly WeightedTable<HouseholdShape> SizeThree = new(
        (HouseholdShape.CoupleWithChildren, 78), (HouseholdShape.SingleParent, 13),
        (HouseholdShape.MultiGeneration, 5), (HouseholdShape.Relatives, 2), (HouseholdShape.Unrelated, 2));

    private static readonly WeightedTable<HouseholdShape> SizeFour = new(
        (HouseholdShape.CoupleWithChildren, 84), (HouseholdShape.SingleParent, 8),
        (HouseholdShape.MultiGeneration, 5), (HouseholdShape.Relatives, 1.5), (HouseholdShape.Unrelated, 1.5));

    private static readonly WeightedTable<HouseholdShape> SizeFivePlus = new(
        (HouseholdShape.CoupleWithChildren, 80), (HouseholdShape.SingleParent, 7),
        (HouseholdShape.MultiGeneration, 10), (HouseholdShape.Relatives, 2), (HouseholdShape.Unrelated, 1));

    public static WeightedTable<HouseholdShape> ShapeForSize(int size) => size switch
    {
        1 => SizeOne,
        2 => SizeTwo,
        3 => SizeThree,
        4 => SizeFour,
        _ => SizeFivePlus,
    };

    // Age of the reference person by family type. Together with the composition they give the Flemish age
    // pyramid of private households: about 19% under 18, 60% aged 18–64, 21% aged 65 or more.

    /// <summary>People living alone: many young adults and, above all, older widows and widowers.</summary>
    public static readonly WeightedTable<AgeBand> SingleAge = new(
        (new AgeBand(18, 24), 5), (new AgeBand(25, 34), 14), (new AgeBand(35, 49), 14), (new AgeBand(50, 64), 20),
        (new AgeBand(65, 79), 26), (new AgeBand(80, 100, Declining: true), 21));

    /// <summary>Couples without children at home: mostly empty nesters and retired couples.</summary>
    public static readonly WeightedTable<AgeBand> CoupleAge = new(
        (new AgeBand(20, 24), 1.5), (new AgeBand(25, 34), 12), (new AgeBand(35, 49), 7), (new AgeBand(50, 64), 27),
        (new AgeBand(65, 79), 39), (new AgeBand(80, 98, Declining: true), 13.5));

    public static readonly WeightedTable<AgeBand> ParentsAge = new(
        (new AgeBand(22, 29), 5), (new AgeBand(30, 39), 26), (new AgeBand(40, 49), 37), (new AgeBand(50, 59), 27),
        (new AgeBand(60, 69), 5));

    public static readonly WeightedTable<AgeBand> SingleParentAge = new(
        (new AgeBand(20, 29), 12), (new AgeBand(30, 39), 33), (new AgeBand(40, 49), 35), (new AgeBand(50, 64), 18),
        (new AgeBand(65, 80), 2));

    public static readonly WeightedTable<AgeBand> MultiGenerationAge = new(
        (new AgeBand(30, 44), 40), (new AgeBand(45, 64), 60));

    public static readonly WeightedTable<AgeBand> RelativesAge = new(
        (new AgeBand(18, 34), 40), (new AgeBand(35, 64), 40), (new AgeBand(65, 90), 20));

    public static readonly WeightedTable<AgeBand> UnrelatedAge = new(
        (new AgeBand(18, 24), 35), (new AgeBand(25, 34), 45), (new AgeBand(35, 64), 15), (new AgeBand(65, 90), 5));

    /// <summary>Women outlive men: about two in three people aged 65+ who live alone are women.</summary>
    public static double FemaleShareLivingAlone(int age) => age >= 65 ? 0.65 : 0.45;

    /// <summary>About four in five single parents are mothers (Statbel, Gezinsbond).</summary>
    public const double FemaleShareSingleParents = 0.82;

    /// <summary>Share of couples of the same sex (Statbel marriages and cohabitations, order of magnitude).</summary>
    public const double SameSexCouples = 0.03;

    /// <summary>Share of NBMV who are boys (Fedasil, order of magnitude).</summary>
    public const double MaleShareUnaccompaniedMinors = 0.85;

    /// <summary>
    /// Residence ground of the reference person. Flemish Region about 2024: roughly 89–90% Belgians,
    /// 5–6% EU citizens, 4–5% other foreigners, of whom a minority recognised refugees or under subsidiary
    /// protection (Statbel population by nationality; CGVS yearly figures). "other" covers asylum seekers and
    /// people in irregular or pending procedures known to the OCMW.
    /// </summary>
    public static readonly WeightedTable<Residence> ResidenceGround = new(
        (Residence.Belgian, 86.0), (Residence.Eu, 6.0), (Residence.PopulationRegister, 5.0), (Residence.Refugee, 1.7),
        (Residence.SubsidiaryProtection, 0.4), (Residence.Stateless, 0.1), (Residence.Other, 0.8));

    /// <summary>Partner with the same ground as a non-Belgian reference (else Belgian: mixed couples).</summary>
    public const double PartnerSameGround = 0.7;

    /// <summary>Children of non-Belgian parents who are Belgian (born here, or naturalised with a parent).</summary>
    public const double ChildOfForeignParentBelgian = 0.45;

    /// <summary>
    /// Kind of partnership by age of the reference. Young couples mostly cohabit (legally or de facto); most
    /// older couples are married (Statbel civil status and legal cohabitation counts, order of magnitude).
    /// </summary>
    public static readonly WeightedTable<PartnerKind> PartnerKindYoung = new(
        (PartnerKind.Married, 35), (PartnerKind.LegalCohabitant, 25), (PartnerKind.DeFacto, 40));

    public static readonly WeightedTable<PartnerKind> PartnerKindMiddle = new(
        (PartnerKind.Married, 60), (PartnerKind.LegalCohabitant, 15), (PartnerKind.DeFacto, 25));

    public static readonly WeightedTable<PartnerKind> PartnerKindOlder = new(
        (PartnerKind.Married, 85), (PartnerKind.LegalCohabitant, 7), (PartnerKind.DeFacto, 8));

    public static WeightedTable<PartnerKind> PartnerKindFor(int referenceAge) =>
        referenceAge < 35 ? PartnerKindYoung : referenceAge < 55 ? PartnerKindMiddle : PartnerKindOlder;

    /// <summary>
    /// Probability of keeping a drawn age for a child still living with the parents once adult: most leave
    /// home in their twenties (Statbel: about half of 20–24-year-olds, one in five 25–29-year-olds at home).
    /// </summary>
    public static double KeepAdultChild(int age) => age <= 21 ? 0.85 : age <= 25 ? 0.55 : 0.2;

    /// <summary>Share of 18–24-year-old children at home who are students (Statbel, order of magnitude).</summary>
    public const double AdultChildStudent = 0.65;

    /// <summary>Share of grandparent-headed relative households that raise grandchildren.</summary>
    public const double GrandparentsRaisingGrandchildren = 0.3;

    /// <summary>Grandchildren raised by grandparents whose both parents died (full orphans).</summary>
    public const double GrandchildFullOrphan = 0.15;

    /// <summary>Households of asylum seekers ("other" ground) that live in a local reception initiative.</summary>
    public const double OtherGroundInLocalReception = 0.35;
}
