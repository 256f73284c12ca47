using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Drafts;
using TakeUp.Synthetic.Randomness;
using TakeUp.Synthetic.Rates;

namespace TakeUp.Synthetic.Generation;

/// <summary>Tenure, heating, rent and the social-housing waiting list; they depend on how poor the household is.</summary>
internal static class HousingStep
{
    public static void Assign(ref Xoshiro256StarStar rng, HouseholdDraft h, GenerationContext ctx)
    {
        bool minimumIncome = HasMinimumIncome(h, ctx);
        double income = IncomeStep.VtHouseholdIncome(h, ctx.Year - 1, ctx, out int members);
        bool lowIncome = income <= ctx.VtCeilingBase + ctx.VtCeilingPerMember * (members - 1);
        h.Vulnerable = minimumIncome || lowIncome;

        var tenures = minimumIncome ? HousingRates.TenureMinimumIncome
            : !lowIncome ? HousingRates.TenureOthers
            : h.Reference.Activity == Activity.Pensioner ? HousingRates.TenureLowIncomeRetired
            : HousingRates.TenureLowIncome;
        h.Tenure = h.Reference.Activity == Activity.Reception ? Tenure.Other : tenures.Pick(ref rng);

        h.HeatingFuel = HousingRates.FuelFor(h.Tenure).Pick(ref rng);
        if (h.Tenure == Tenure.SocialRent && rng.Chance(HousingRates.CollectiveHeatingInSocialRent))
        {
            h.CollectiveHeating = true;
            // A collective boiler burns gas, or the block is on a heat network.
            h.HeatingFuel = rng.Chance(0.8) ? HeatingFuel.Gas : HeatingFuel.Other;
        }

        h.MonthlyRent = h.Tenure switch
        {
            Tenure.PrivateRent => (decimal)Math.Round(
                rng.NextLogNormal(HousingRates.PrivateRentMedian2025 * ctx.RentGrowth, HousingRates.PrivateRentSigma)),
            Tenure.SocialRent => (decimal)Math.Max(HousingRates.SocialRentFloor, Math.Round(
                rng.NextLogNormal(HousingRates.SocialRentMedian2025 * ctx.RentGrowth, HousingRates.SocialRentSigma))),
            _ => null,
        };

        if (rng.Chance(HousingRates.WaitingList(h.Tenure, h.Vulnerable)))
            h.WaitingListSince = ctx.DaysBefore(ref rng, 0, HousingRates.WaitingListMaxDays);

        if (h.Tenure == Tenure.Owner && rng.Chance(IncomeRates.SecondPropertyAmongOwners))
            h.Reference.Cadastral = rng.NextInt(IncomeRates.CadastralMin, IncomeRates.CadastralMax);
    }

    /// <summary>Leefloon or equivalent aid, a disability allowance, IGO/GIB or reception in the household.</summary>
    private static bool HasMinimumIncome(HouseholdDraft h, GenerationContext ctx)
    {
        for (int i = 0; i < h.Count; i++)
        {
            var p = h[i];
            if (p.Activity is Activity.Leefloon or Activity.DisabilityAllowance or Activity.Reception) return true;
            if (p.Holds(StatusCode.Igo, ctx.Date) || p.Holds(StatusCode.Gib, ctx.Date)) return true;
        }
        return false;
    }
}
