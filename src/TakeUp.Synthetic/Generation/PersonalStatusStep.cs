using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Drafts;
using TakeUp.Synthetic.Randomness;
using TakeUp.Synthetic.Rates;

namespace TakeUp.Synthetic.Generation;

/// <summary>
/// What each person lives on and the statuses that come with it (pension, IGO, IVT, invalidity,
/// unemployment, leefloon, zorgbudgetten, children's support needs), with realistic periods: most running,
/// some that ended, a few decided but starting after the reference date.
/// Household-wide statuses that follow from incomes (VT, Groeipakket, debt) come later, in HouseholdStatusStep.
/// </summary>
internal static class PersonalStatusStep
{
    private static readonly DateOnly PensionAge66From = new(2025, 2, 1);
    private static readonly DateOnly PensionAge67From = new(2030, 2, 1);

    public static void Assign(ref Xoshiro256StarStar rng, HouseholdDraft h, GenerationContext ctx)
    {
        var reference = h.Reference;
        bool inReception = h.Shape == HouseholdShape.UnaccompaniedMinor
            || (reference.Residence == Residence.Other && rng.Chance(Demography.OtherGroundInLocalReception));
        bool withPartner = h.Partner is not null;
        bool livesAlone = h.Count == 1;
        var receptionSince = inReception ? ctx.DaysBefore(ref rng, 30, 700) : default;

        for (int i = 0; i < h.Count; i++)
        {
            var p = h[i];
            if (inReception)
            {
                p.Activity = Activity.Reception;
                p.AddStatus(StatusCode.LocalReception, Max(receptionSince, p.BirthDate));
            }

            if (p.Age < 21) AssignYoung(ref rng, h, p, ctx);
            if (p.Age >= 18) AssignAdult(ref rng, h, p, ctx, withPartner && p.Relation is Relation.Reference or Relation.Partner, livesAlone);
        }
    }

    private static void AssignYoung(ref Xoshiro256StarStar rng, HouseholdDraft h, PersonDraft p, GenerationContext ctx)
    {
        if (h.Shape == HouseholdShape.UnaccompaniedMinor)
        {
            p.AddStatus(StatusCode.Nbmv, Max(ctx.DaysBefore(ref rng, 30, 700), p.BirthDate.AddYears(14)));
            return;
        }
        if (p.Relation == Relation.OtherRelative && p.Dependent && rng.Chance(Demography.GrandchildFullOrphan))
        {
            p.AddStatus(StatusCode.FullOrphan, Max(ctx.DaysBefore(ref rng, 0, p.Age * 365), p.BirthDate));
        }
        if (p.Relation is Relation.Child or Relation.OtherRelative && rng.Chance(StatusRates.Zorgtoeslag))
        {
            // Points: three pillars, the first (the child's own limitations) 0–6; the total 4–36, mostly low.
            p.Pillar1Points = rng.Chance(StatusRates.ZorgtoeslagPillar1AtLeast4) ? rng.NextInt(4, 6) : rng.NextInt(0, 3);
            p.ZorgtoeslagPoints = Math.Max(p.Pillar1Points, Math.Min(rng.NextInt(4, 36), rng.NextInt(4, 36)));
            if (rng.Chance(StatusRates.ZorgtoeslagWithPercentRecognition)) p.RecognitionPercent = rng.NextInt(66, 100);
            var since = Max(ctx.DaysBefore(ref rng, 0, 3650), p.BirthDate.AddDays(180));
            if (since > ctx.Date) since = p.BirthDate;
            p.AddStatus(StatusCode.Zorgtoeslag, since);
            // 18 points or more on the zorgtoeslag scale gives the zorgbudget automatically.
            if (p.ZorgtoeslagPoints >= 18) p.AddStatus(StatusCode.ZorgbudgetZwaarZorgbehoevenden, since);
        }
    }

    private static void AssignAdult(ref Xoshiro256StarStar rng, HouseholdDraft h, PersonDraft p, GenerationContext ctx,
        bool livesWithPartner, bool livesAlone)
    {
        // Asylum seekers in reception live on material aid: no Belgian pension or benefit yet.
        if (p.Activity == Activity.Reception) return;
        var pensionStart = PensionStart(p.BirthDate);
        bool retired = pensionStart <= ctx.Date;
        if (retired)
        {
            p.Activity = Activity.Pensioner;
            p.ActivitySince = pensionStart;
            p.AddStatus(StatusCode.Pensioner, pensionStart);
            AssignOlder(ref rng, p, ctx, livesAlone);
        }
        else
        {
            AssignWorkingAge(ref rng, h, p, ctx, livesWithPartner);
            // Pension decisions are known months ahead: a period that starts after the reference date.
            if (p.Activity != Activity.Pensioner && pensionStart <= ctx.Date.AddDays(92))
                p.AddStatus(StatusCode.Pensioner, pensionStart);
        }

        if (rng.Chance(StatusRates.ZorgbudgetZwaar(p.Age)))
            p.AddStatus(StatusCode.ZorgbudgetZwaarZorgbehoevenden, Max(ctx.DaysBefore(ref rng, 0, 3650), p.BirthDate.AddYears(18)));

        if (livesAlone && !p.Holds(StatusCode.Widowed, ctx.Date)
            && p.Age is >= 50 and < 65 && rng.Chance(StatusRates.WidowedUnder65LivingAlone))
            p.AddStatus(StatusCode.Widowed, ctx.DaysBefore(ref rng, 0, (p.Age - 45) * 365));
    }

    /// <summary>
    /// The first day of the month after the birthday at the pension age in force then: 65, 66 for people
    /// turning 66 from February 2025, 67 from February 2030 (the pension reform of 2015).
    /// </summary>
    public static DateOnly PensionStart(DateOnly birth)
    {
        var at65 = birth.AddYears(65);
        if (at65 < PensionAge66From) return GenerationContext.FirstOfNextMonth(at65);
        var at66 = birth.AddYears(66);
        if (at66 < PensionAge67From) return GenerationContext.FirstOfNextMonth(at66);
        return GenerationContext.FirstOfNextMonth(birth.AddYears(67));
    }

    private static void AssignOlder(ref Xoshiro256StarStar rng, PersonDraft p, GenerationContext ctx, bool livesAlone)
    {
        if (p.Age >= ctx.PensionAge && rng.Chance(StatusRates.Igo(livesAlone)))
        {
            bool gib = p.Age >= 89 && rng.Chance(StatusRates.GibInsteadOfIgoFromAge89);
            var since = Max(ctx.DaysBefore(ref rng, 0, 15 * 365), p.ActivitySince);
            p.AddStatus(gib ? StatusCode.Gib : StatusCode.Igo, since);
            // IGO requires main residence in Belgium (at most 29 days abroad): the pension service checks it.
            p.AbroadDays = rng.Chance(0.85) ? 0 : rng.Chance(0.67) ? rng.NextInt(1, 29) : rng.NextInt(30, 120);
        }
        else if (rng.Chance(DataQualityRates.AbroadDaysKnownOlder))
        {
            p.AbroadDays = rng.Chance(0.7) ? 0 : rng.NextInt(1, 90);
        }

        if (rng.Chance(StatusRates.ZorgbudgetOuderen(p.Age)))
            p.AddStatus(StatusCode.ZorgbudgetOuderen, Max(ctx.DaysBefore(ref rng, 0, 6 * 365), p.BirthDate.AddYears(65)));

        if (livesAlone && rng.Chance(StatusRates.Widowed(p.Female)))
            p.AddStatus(StatusCode.Widowed, Max(ctx.DaysBefore(ref rng, 0, (p.Age - 50) * 365), p.BirthDate.AddYears(25)));
    }

    private static void AssignWorkingAge(ref Xoshiro256StarStar rng, HouseholdDraft h, PersonDraft p, GenerationContext ctx,
        bool livesWithPartner)
    {
        int age = p.Age;
        var adult = p.BirthDate.AddYears(18);

        if (age >= 60 && rng.Chance(StatusRates.EarlyRetirement))
        {
            p.Activity = Activity.Pensioner;
            p.ActivitySince = Max(ctx.DaysBefore(ref rng, 0, (age - 60) * 365 + 364), p.BirthDate.AddYears(60));
            p.AddStatus(StatusCode.Pensioner, p.ActivitySince);
            return;
        }

        if (p.Residence == Residence.Other && rng.Chance(StatusRates.LeefloonEquivalentAmongOther))
        {
            StartLeefloon(ref rng, p, ctx, StatusCode.LeefloonEquivalent);
            return;
        }

        if (rng.Chance(StatusRates.Ivt(age)))
        {
            var since = Max(ctx.DaysBefore(ref rng, 0, (age - 21) * 365), p.BirthDate.AddYears(21));
            p.Activity = Activity.DisabilityAllowance;
            p.ActivitySince = since;
            p.AddStatus(StatusCode.Ivt, since);
            if (rng.Chance(StatusRates.ItAmongIvt)) p.AddStatus(StatusCode.It, since);
            if (rng.Chance(StatusRates.ThirdPartyHelpAmongInvalidOrIvt)) p.AddStatus(StatusCode.ThirdPartyHelp, since);
            if (rng.Chance(0.5)) p.RecognitionPercent = rng.NextInt(66, 100);
            return;
        }

        if (rng.Chance(StatusRates.ItWithoutIvt) && age >= 21)
            p.AddStatus(StatusCode.It, Max(ctx.DaysBefore(ref rng, 0, (age - 21) * 365), p.BirthDate.AddYears(21)));
        if (age >= 40 && rng.Chance(StatusRates.Incapacity65))
            p.AddStatus(StatusCode.Incapacity65, ctx.DaysBefore(ref rng, 0, (age - 39) * 365));

        if (age >= 20 && rng.Chance(StatusRates.Invalid(age)))
        {
            // Invalidity follows one year of primary incapacity; that first year is an ended period.
            var since = Max(ctx.DaysBefore(ref rng, 0, Math.Min(age - 19, 25) * 365), adult.AddYears(1));
            p.Activity = Activity.Invalid;
            p.ActivitySince = since;
            p.AddStatus(StatusCode.Invalid, since);
            if (since > ctx.Date.AddYears(-2)) p.AddStatus(StatusCode.Incapacitated, since.AddYears(-1), since.AddDays(-1));
            if (rng.Chance(StatusRates.ThirdPartyHelpAmongInvalidOrIvt)) p.AddStatus(StatusCode.ThirdPartyHelp, since);
            return;
        }

        if (rng.Chance(StatusRates.Incapacitated))
        {
            p.Activity = Activity.Incapacitated;
            p.ActivitySince = Max(ctx.DaysBefore(ref rng, 7, 360), adult);
            p.AddStatus(StatusCode.Incapacitated, p.ActivitySince);
            return;
        }

        if (rng.Chance(StatusRates.Unemployed(age)))
        {
            // Most unemployment spells are short: the smaller of two uniform durations.
            int days = Math.Min(rng.NextInt(1, 1500), rng.NextInt(1, 1500));
            p.Activity = Activity.Unemployed;
            p.ActivitySince = Max(ctx.Date.AddDays(-days), adult);
            p.AddStatus(StatusCode.Unemployed, p.ActivitySince);
            return;
        }

        double leefloon = StatusRates.LeefloonBase
            * StatusRates.LeefloonHouseholdFactor(livesWithPartner, h.Shape == HouseholdShape.SingleParent && p.Relation == Relation.Reference)
            * StatusRates.LeefloonAgeFactor(age)
            * StatusRates.LeefloonResidenceFactor(p.Residence);
        if (rng.Chance(leefloon))
        {
            StartLeefloon(ref rng, p, ctx, StatusCode.Leefloon);
            return;
        }

        if (p.Activity != Activity.Student)
        {
            double employed = StatusRates.Employed(age);
            if (!livesWithPartner && !p.Dependent) employed = 1 - (1 - employed) * StatusRates.InactiveWithoutPartnerFactor;
            if (rng.Chance(employed))
                p.Activity = rng.Chance(StatusRates.SelfEmployedAmongWorkers) ? Activity.SelfEmployed : Activity.Employed;
            else
                p.Activity = Activity.Inactive;
        }

        // Earlier spells that ended: history the registers keep.
        if (age >= 20 && rng.Chance(StatusRates.PastUnemployment))
        {
            var since = Max(ctx.DaysBefore(ref rng, 400, 1800), adult);
            p.AddStatus(StatusCode.Unemployed, since, Min(since.AddDays(rng.NextInt(60, 360)), ctx.Date.AddDays(-30)));
        }
        if (age >= 19 && rng.Chance(StatusRates.PastLeefloon))
        {
            var since = Max(ctx.DaysBefore(ref rng, 400, 2500), adult);
            p.AddStatus(StatusCode.Leefloon, since, Min(since.AddDays(rng.NextInt(90, 720)), ctx.Date.AddDays(-30)));
        }
    }

    private static void StartLeefloon(ref Xoshiro256StarStar rng, PersonDraft p, GenerationContext ctx, StatusCode code)
    {
        DateOnly since;
        if (rng.Chance(StatusRates.LeefloonStartsNextMonth)) since = GenerationContext.FirstOfNextMonth(ctx.Date);
        else if (rng.Chance(StatusRates.LeefloonRecent)) since = ctx.DaysBefore(ref rng, 1, 89);
        else since = ctx.DaysBefore(ref rng, 90, 2500);
        since = Max(since, p.BirthDate.AddYears(18));
        p.Activity = Activity.Leefloon;
        p.ActivitySince = since;
        p.AddStatus(code, since);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
