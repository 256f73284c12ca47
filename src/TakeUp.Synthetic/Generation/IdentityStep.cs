using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Drafts;
using TakeUp.Synthetic.Randomness;
using TakeUp.Synthetic.Rates;

namespace TakeUp.Synthetic.Generation;

/// <summary>Birth dates and INSZ numbers, and which of them the OCMW does not know.</summary>
internal static class IdentityStep
{
    public static void Assign(ref Xoshiro256StarStar rng, HouseholdDraft h, GenerationContext ctx, InszAllocator insz)
    {
        for (int i = 0; i < h.Count; i++)
        {
            var p = h[i];
            // Born between the day after the birthday age+1 years ago and the birthday age years ago: the
            // completed age on the reference date is exactly Age.
            var latest = ctx.Date.AddYears(-p.Age);
            var earliest = ctx.Date.AddYears(-p.Age - 1).AddDays(1);
            p.BirthDate = earliest.AddDays(rng.NextInt(latest.DayNumber - earliest.DayNumber + 1));

            p.BirthDateUnknown = rng.Chance(ctx.Mess(DataQualityRates.BirthDateUnknown));
            p.InszUnknown = p.BirthDateUnknown
                || rng.Chance(ctx.Mess(DataQualityRates.InszUnknown))
                || (p.Unregistered && rng.Chance(DataQualityRates.UnregisteredWithoutInsz));
            p.Bis = p.Residence == Residence.Other && rng.Chance(DataQualityRates.BisAmongOtherGround);
            if (!p.InszUnknown) p.Insz = insz.Allocate(ref p.BirthDate, earliest, latest, p.Female, p.Bis);
        }
    }
}
