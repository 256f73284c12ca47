using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Drafts;
using TakeUp.Synthetic.Randomness;
using TakeUp.Synthetic.Rates;

namespace TakeUp.Synthetic.Generation;

/// <summary>Who lives in the household: relations, ages, sexes, residence grounds and who is dependent.</summary>
internal static class CompositionStep
{
    public static void Compose(ref Xoshiro256StarStar rng, HouseholdDraft h, int maxPersons, GenerationContext ctx)
    {
        int size = Math.Min(Demography.HouseholdSize.Pick(ref rng), maxPersons);
        var shape = Demography.ShapeForSize(size).Pick(ref rng);
        h.Begin(shape);
        h.Municipality = ctx.Municipalities.Pick(ref rng);

        switch (shape)
        {
            case HouseholdShape.Single:
            {
                int age = Demography.SingleAge.Pick(ref rng).Draw(ref rng);
                h.Add(Relation.Reference, age, rng.Chance(Demography.FemaleShareLivingAlone(age)));
                break;
            }
            case HouseholdShape.UnaccompaniedMinor:
            {
                var minor = h.Add(Relation.Reference, rng.NextInt(15, 17), !rng.Chance(Demography.MaleShareUnaccompaniedMinors));
                minor.Activity = Activity.Reception;
                break;
            }
            case HouseholdShape.Couple:
                AddCouple(ref rng, h, Demography.CoupleAge, ctx);
                break;
            case HouseholdShape.CoupleWithChildren:
            {
                var reference = AddCouple(ref rng, h, Demography.ParentsAge, ctx);
                AddChildren(ref rng, h, reference.Age, size - 2, ctx);
                break;
            }
            case HouseholdShape.SingleParent:
                AddSingleParent(ref rng, h, size, ctx);
                break;
            case HouseholdShape.MultiGeneration:
                AddMultiGeneration(ref rng, h, size, ctx);
                break;
            case HouseholdShape.Relatives:
                AddRelatives(ref rng, h, size);
                break;
            case HouseholdShape.Unrelated:
                AddUnrelated(ref rng, h, size, ctx);
                break;
        }

        AssignResidence(ref rng, h);
    }

    private static PersonDraft AddCouple(ref Xoshiro256StarStar rng, HouseholdDraft h, WeightedTable<AgeBand> ages,
        GenerationContext ctx)
    {
        int age = ages.Pick(ref rng).Draw(ref rng);
        var reference = h.Add(Relation.Reference, age, rng.Chance(0.45));
        var kind = Demography.PartnerKindFor(age).Pick(ref rng);
        var partner = AddPartner(ref rng, h, reference, kind);
        if (h.Shape == HouseholdShape.Couple && rng.Chance(ctx.Mess(DataQualityRates.PartnerSeenOnlyAtHomeVisit)))
        {
            // Domiciled elsewhere, seen living here: a de facto partner by definition.
            partner.PartnerKind = PartnerKind.DeFacto;
            partner.Unregistered = true;
        }
        return reference;
    }

    private static PersonDraft AddPartner(ref Xoshiro256StarStar rng, HouseholdDraft h, PersonDraft reference,
        PartnerKind kind)
    {
        bool female = rng.Chance(Demography.SameSexCouples) ? reference.Female : !reference.Female;
        // Men are on average about two years older than their female partner.
        int gap = rng.NextInt(-6, 6) + rng.NextInt(-6, 6) / 2 + (reference.Female == female ? 0 : reference.Female ? 2 : -2);
        var partner = h.Add(Relation.Partner, Math.Clamp(reference.Age + gap, 18, 100), female);
        partner.PartnerKind = kind;
        return partner;
    }

    private static void AddSingleParent(ref Xoshiro256StarStar rng, HouseholdDraft h, int size, GenerationContext ctx)
    {
        int age = Demography.SingleParentAge.Pick(ref rng).Draw(ref rng);
        var reference = h.Add(Relation.Reference, age, rng.Chance(Demography.FemaleShareSingleParents));
        int children = size - 1;
        if (size >= 3 && rng.Chance(ctx.Mess(DataQualityRates.SingleParentWithHiddenPartner)))
        {
            // The registers say single parent; the home visit found a partner living here.
            var partner = AddPartner(ref rng, h, reference, PartnerKind.DeFacto);
            partner.Unregistered = true;
            children--;
        }
        AddChildren(ref rng, h, reference.Age, children, ctx);
    }

    private static void AddMultiGeneration(ref Xoshiro256StarStar rng, HouseholdDraft h, int size, GenerationContext ctx)
    {
        int age = Demography.MultiGenerationAge.Pick(ref rng).Draw(ref rng);
        var reference = h.Add(Relation.Reference, age, rng.Chance(0.5));
        int places = size - 2; // one place is for the reference's parent
        if (places >= 1 && rng.Chance(0.6))
        {
            AddPartner(ref rng, h, reference, Demography.PartnerKindFor(age).Pick(ref rng));
            places--;
        }
        AddChildren(ref rng, h, age, places, ctx);
        var parent = h.Add(Relation.Parent, Math.Min(100, age + rng.NextInt(22, 38)), rng.Chance(0.7));
        // Parents 65+ with a small pension can be fiscally dependent on their child.
        parent.Dependent = parent.Age >= 65 && rng.Chance(0.3);
    }

    private static void AddRelatives(ref Xoshiro256StarStar rng, HouseholdDraft h, int size)
    {
        if (rng.Chance(Demography.GrandparentsRaisingGrandchildren))
        {
            int age = rng.NextInt(52, 80);
            var reference = h.Add(Relation.Reference, age, rng.Chance(0.6));
            int places = size - 1;
            if (places >= 2 && rng.Chance(0.5))
            {
                AddPartner(ref rng, h, reference, PartnerKind.Married);
                places--;
            }
            for (int i = 0; i < places; i++)
            {
                var grandchild = h.Add(Relation.OtherRelative, rng.NextInt(0, 20), rng.Chance(0.5));
                grandchild.Dependent = true;
            }
            return;
        }

        int refAge = Demography.RelativesAge.Pick(ref rng).Draw(ref rng);
        h.Add(Relation.Reference, refAge, rng.Chance(0.5));
        for (int i = 1; i < size; i++)
        {
            // Siblings and cousins of about the same age.
            var relative = h.Add(Relation.OtherRelative, Math.Clamp(refAge + rng.NextInt(-8, 8), 18, 100), rng.Chance(0.5));
            relative.Dependent = rng.Chance(0.05);
        }
    }

    private static void AddUnrelated(ref Xoshiro256StarStar rng, HouseholdDraft h, int size, GenerationContext ctx)
    {
        int refAge = Demography.UnrelatedAge.Pick(ref rng).Draw(ref rng);
        h.Add(Relation.Reference, refAge, rng.Chance(0.5));
        for (int i = 1; i < size; i++)
        {
            var housemate = h.Add(Relation.Unrelated, Math.Clamp(refAge + rng.NextInt(-6, 6), 18, 100), rng.Chance(0.5));
            housemate.Unregistered = rng.Chance(ctx.Mess(DataQualityRates.UnrelatedUnregistered));
        }
    }

    private static void AddChildren(ref Xoshiro256StarStar rng, HouseholdDraft h, int parentAge, int count, GenerationContext ctx)
    {
        for (int i = 0; i < count; i++)
        {
            int age = ChildAge(ref rng, parentAge);
            var child = h.Add(Relation.Child, age, rng.Chance(0.49));
            if (age < 18)
            {
                child.Dependent = true;
            }
            else
            {
                bool student = age <= 24 && rng.Chance(Demography.AdultChildStudent);
                child.Activity = student ? Activity.Student : Activity.None;
                // Students stay dependent unless they earn too much; working adult children rarely are.
                child.Dependent = student ? rng.Chance(0.9) : rng.Chance(0.1);
                child.Unregistered = rng.Chance(ctx.Mess(DataQualityRates.AdultChildUnregistered));
            }
        }
    }

    /// <summary>A child's age: the parent was 21–42 at the birth, and children seldom stay home after their twenties.</summary>
    private static int ChildAge(ref Xoshiro256StarStar rng, int parentAge)
    {
        for (int attempt = 0; attempt < 16; attempt++)
        {
            int age = parentAge - rng.NextInt(21, 42);
            if (age < 0 || age > 29) continue;
            if (age >= 18 && !rng.Chance(Demography.KeepAdultChild(age))) continue;
            return age;
        }
        return Math.Clamp(parentAge - 30, 0, 17);
    }

    private static void AssignResidence(ref Xoshiro256StarStar rng, HouseholdDraft h)
    {
        var reference = h.Reference;
        reference.Residence = h.Shape == HouseholdShape.UnaccompaniedMinor
            ? Residence.Other
            : Demography.ResidenceGround.Pick(ref rng);
        bool foreign = reference.Residence != Residence.Belgian;
        for (int i = 1; i < h.Count; i++)
        {
            var p = h[i];
            p.Residence = p.Relation switch
            {
                Relation.Unrelated => Demography.ResidenceGround.Pick(ref rng),
                Relation.Partner => !foreign || !rng.Chance(Demography.PartnerSameGround) ? Residence.Belgian : reference.Residence,
                Relation.Child or Relation.OtherRelative when p.Age < 25 =>
                    foreign && !rng.Chance(Demography.ChildOfForeignParentBelgian) ? reference.Residence : Residence.Belgian,
                _ => reference.Residence,
            };
        }
    }
}
