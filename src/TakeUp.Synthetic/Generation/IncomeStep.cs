using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Drafts;
using TakeUp.Synthetic.Randomness;
using TakeUp.Synthetic.Rates;

namespace TakeUp.Synthetic.Generation;

/// <summary>
/// The true incomes of each person: a yearly level for the current activity and for the one before it, so
/// that the tax data of two years ago can show a salary for someone unemployed today. What the OCMW's data
/// shows of them (tax years, declared amounts, unknowns) is decided when the household is written.
/// </summary>
internal static class IncomeStep
{
    /// <summary>Income years kept per person: reference year − 3 up to the reference year.</summary>
    public const int YearsBack = 3;

    public static void Assign(ref Xoshiro256StarStar rng, HouseholdDraft h, GenerationContext ctx)
    {
        for (int i = 0; i < h.Count; i++)
        {
            var p = h[i];
            AssignLevels(ref rng, h, p, ctx);
            for (int y = 0; y < p.YearNoise.Length; y++)
                p.YearNoise[y] = 1 + IncomeRates.YearlyNoise * (2 * rng.NextDouble() - 1);
        }
    }

    private static void AssignLevels(ref Xoshiro256StarStar rng, HouseholdDraft h, PersonDraft p, GenerationContext ctx)
    {
        switch (p.Activity)
        {
            case Activity.Employed:
                p.Level = Wage(ref rng, p);
                break;
            case Activity.SelfEmployed:
                p.Level = rng.NextLogNormal(IncomeRates.SelfEmployedMedian, IncomeRates.SelfEmployedSigma);
                break;
            case Activity.Unemployed:
                p.Level = rng.NextLogNormal(IncomeRates.UnemploymentMedian, IncomeRates.ReplacementSigma);
                SetPreviousWork(ref rng, p, IncomeRates.WorkedBeforeCurrentActivity);
                break;
            case Activity.Incapacitated:
                // Sickness benefits presuppose work: the year before, there was a wage.
                p.Level = rng.NextLogNormal(IncomeRates.IncapacityMedian, IncomeRates.ReplacementSigma);
                SetPreviousWork(ref rng, p, 1.0);
                break;
            case Activity.Invalid:
                p.Level = rng.NextLogNormal(IncomeRates.InvalidityMedian, IncomeRates.ReplacementSigma);
                SetPreviousWork(ref rng, p, 1.0);
                break;
            case Activity.Pensioner:
                p.Level = PensionLevel(ref rng, p, ctx);
                SetPreviousWork(ref rng, p, IncomeRates.WorkedBeforeCurrentActivity);
                break;
            case Activity.Leefloon:
                if (rng.Chance(IncomeRates.LeefloonWithWork))
                    p.SideEmployment = rng.NextLogNormal(IncomeRates.LeefloonWorkMedian, 0.4);
                SetPreviousWork(ref rng, p, 0.3);
                break;
            case Activity.DisabilityAllowance:
                if (rng.Chance(IncomeRates.DisabilityAllowanceWithWork))
                    p.SideEmployment = rng.NextLogNormal(IncomeRates.DisabilityWorkMedian, IncomeRates.ReplacementSigma);
                break;
            case Activity.Student:
                if (rng.Chance(IncomeRates.StudentWithJob))
                    p.SideEmployment = rng.NextLogNormal(IncomeRates.StudentJobMedian, 0.5);
                break;
        }

        if (p.Relation == Relation.Reference && h.Shape == HouseholdShape.SingleParent
            && rng.Chance(IncomeRates.MaintenanceAmongSingleParents))
            p.Maintenance = rng.NextInt(IncomeRates.MaintenanceMin, IncomeRates.MaintenanceMax);
    }

    private static double Wage(ref Xoshiro256StarStar rng, PersonDraft p) =>
        rng.NextLogNormal(IncomeRates.EmploymentMedian(p.Age) * (p.Female ? IncomeRates.WomenEmploymentFactor : 1),
            IncomeRates.EmploymentSigma);

    private static void SetPreviousWork(ref Xoshiro256StarStar rng, PersonDraft p, double probability)
    {
        if (!rng.Chance(probability)) return;
        p.PreviousActivity = Activity.Employed;
        p.PreviousLevel = Wage(ref rng, p);
    }

    private static double PensionLevel(ref Xoshiro256StarStar rng, PersonDraft p, GenerationContext ctx)
    {
        if (p.Holds(StatusCode.Gib, ctx.Date)) return rng.NextInt(0, 6_000);
        if (p.Holds(StatusCode.Igo, ctx.Date)) return rng.NextInt(IncomeRates.IgoPensionMin, IncomeRates.IgoPensionMax);
        double median = p.Age < ctx.PensionAge ? IncomeRates.EarlyPensionMedian : IncomeRates.PensionMedian(p.Female);
        return rng.NextLogNormal(median, IncomeRates.PensionSigma);
    }

    /// <summary>
    /// The person's gross taxable income of <paramref name="year"/>: the current activity for the part of the
    /// year after it started, the previous one before; levels follow nominal growth and the personal noise.
    /// </summary>
    public static YearIncome For(PersonDraft p, int year, GenerationContext ctx)
    {
        int noiseIndex = Math.Clamp(year - (ctx.Year - YearsBack), 0, p.YearNoise.Length - 1);
        double scale = ctx.Growth(year) * p.YearNoise[noiseIndex];
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);

        double current;
        if (p.ActivitySince == default || p.ActivitySince <= start) current = 1;
        else if (p.ActivitySince > end) current = 0;
        else current = (double)(end.DayNumber - p.ActivitySince.DayNumber + 1) / (end.DayNumber - start.DayNumber + 1);

        var income = new YearIncome();
        Add(ref income, p.Activity, p.Level * current * scale);
        Add(ref income, p.PreviousActivity, p.PreviousLevel * (1 - current) * scale);
        income.Employment += p.SideEmployment * scale;
        income.Maintenance = p.Maintenance * scale;
        // Cadastral income is not indexed in the tax data: the same figure every year.
        income.Cadastral = p.Cadastral;
        return income;
    }

    private static void Add(ref YearIncome income, Activity activity, double amount)
    {
        if (amount <= 0) return;
        switch (activity)
        {
            case Activity.Employed: income.Employment += amount; break;
            case Activity.SelfEmployed: income.SelfEmployed += amount; break;
            case Activity.Unemployed or Activity.Incapacitated or Activity.Invalid: income.Replacement += amount; break;
            case Activity.Pensioner: income.Pension += amount; break;
        }
    }

    /// <summary>
    /// Gross taxable income of the VT household (the reference, a domiciled partner and the dependants) in
    /// <paramref name="year"/>, the way the ziekenfonds' income test counts it.
    /// </summary>
    public static double VtHouseholdIncome(HouseholdDraft h, int year, GenerationContext ctx, out int members)
    {
        double total = 0;
        members = 0;
        for (int i = 0; i < h.Count; i++)
        {
            var p = h[i];
            if (!InVtHousehold(p)) continue;
            members++;
            total += For(p, year, ctx).Total;
        }
        return total;
    }

    public static bool InVtHousehold(PersonDraft p) =>
        p.Relation == Relation.Reference || (p.Relation == Relation.Partner && !p.Unregistered) || p.Dependent;
}
