using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Drafts;
using TakeUp.Synthetic.Randomness;
using TakeUp.Synthetic.Rates;

namespace TakeUp.Synthetic.Generation;

/// <summary>
/// Statuses that follow from the household's other statuses and incomes: VT (automatic after a minimum-income
/// or disability status, or by the income route with imperfect take-up), the Groeipakket's sociale toeslag
/// and schooltoeslag, single parenthood, debt procedures and the huursubsidie.
/// </summary>
internal static class HouseholdStatusStep
{
    public static void Assign(ref Xoshiro256StarStar rng, HouseholdDraft h, GenerationContext ctx)
    {
        AssignVt(ref rng, h, ctx);
        AssignGroeipakket(ref rng, h, ctx);
        AssignSingleParent(ref rng, h, ctx);
        AssignDebt(ref rng, h, ctx);

        if (h.Tenure == Tenure.PrivateRent && h.Vulnerable && rng.Chance(StatusRates.HuursubsidieLowIncomePrivateRent))
            h.Reference.AddStatus(StatusCode.Huursubsidie, ctx.DaysBefore(ref rng, 0, 9 * 365));
    }

    /// <summary>
    /// VT is decided per VT household: the reference with a domiciled partner and the dependants form one;
    /// every other person (a non-dependent adult child, a parent, a housemate, a partner domiciled elsewhere)
    /// is a VT household of their own.
    /// </summary>
    private static void AssignVt(ref Xoshiro256StarStar rng, HouseholdDraft h, GenerationContext ctx)
    {
        // The core unit first: an automatic route of the reference or the partner extends to all of it.
        DateOnly? coreSince = null;
        for (int i = 0; i < h.Count; i++)
        {
            var p = h[i];
            if (p.Relation == Relation.Reference || (p.Relation == Relation.Partner && !p.Unregistered))
                coreSince = Earliest(coreSince, AutomaticVtSince(p, ctx));
        }

        if (coreSince is { } since)
        {
            for (int i = 0; i < h.Count; i++)
            {
                var p = h[i];
                if (IncomeStep.InVtHousehold(p) && rng.Chance(StatusRates.VtAutomaticRegistered))
                    p.AddStatus(StatusCode.Vt, Later(Earliest(AutomaticVtSince(p, ctx), since) ?? since, p.BirthDate));
            }
        }
        else
        {
            // No automatic route for the couple: a dependant's own route (a child with a disability) covers
            // that child, and the income route is open to everyone else in the unit.
            for (int i = 0; i < h.Count; i++)
            {
                var p = h[i];
                if (IncomeStep.InVtHousehold(p) && AutomaticVtSince(p, ctx) is { } own && rng.Chance(StatusRates.VtAutomaticRegistered))
                    p.AddStatus(StatusCode.Vt, own);
            }
            double income = IncomeStep.VtHouseholdIncome(h, ctx.Year - 1, ctx, out int members);
            // Asylum seekers' care is paid by Fedasil, not through a ziekenfonds: no VT by income.
            if (h.Reference.Activity != Activity.Reception
                && income <= ctx.VtCeilingBase + ctx.VtCeilingPerMember * (members - 1)
                && rng.Chance(StatusRates.VtIncomeRouteTakeUp))
            {
                var (from, until) = IncomeRouteVtPeriod(ref rng, ctx);
                for (int i = 0; i < h.Count; i++)
                {
                    var p = h[i];
                    if (IncomeStep.InVtHousehold(p) && !p.Holds(StatusCode.Vt, ctx.Date))
                        p.AddStatus(StatusCode.Vt, Later(from, p.BirthDate), until);
                }
            }
        }

        // Everyone outside the core unit on their own.
        for (int i = 0; i < h.Count; i++)
        {
            var p = h[i];
            if (IncomeStep.InVtHousehold(p)) continue;
            if (AutomaticVtSince(p, ctx) is { } own)
            {
                if (rng.Chance(StatusRates.VtAutomaticRegistered)) p.AddStatus(StatusCode.Vt, own);
            }
            else if (p.IsAdult && p.Activity != Activity.Reception && IncomeStep.For(p, ctx.Year - 1, ctx).Total <= ctx.VtCeilingBase
                     && rng.Chance(StatusRates.VtIncomeRouteTakeUp))
            {
                var (from, until) = IncomeRouteVtPeriod(ref rng, ctx);
                p.AddStatus(StatusCode.Vt, Later(from, p.BirthDate), until);
            }
        }
    }

    /// <summary>
    /// Granted on 1 January of this or last year after an income test; it runs until 31 December of the
    /// following year, then the ziekenfonds checks the income again.
    /// </summary>
    private static (DateOnly From, DateOnly Until) IncomeRouteVtPeriod(ref Xoshiro256StarStar rng, GenerationContext ctx)
    {
        int year = rng.Chance(0.5) ? ctx.Year : ctx.Year - 1;
        return (new DateOnly(year, 1, 1), new DateOnly(year + 1, 12, 31));
    }

    /// <summary>When the person's own statuses give VT without an income test, per the facts sheet (§2).</summary>
    private static DateOnly? AutomaticVtSince(PersonDraft p, GenerationContext ctx)
    {
        DateOnly? since = null;
        foreach (var s in p.Statuses)
        {
            if (!(s.Since <= ctx.Date && (s.Until is null || ctx.Date <= s.Until))) continue;
            switch (s.Code)
            {
                case StatusCode.Leefloon or StatusCode.LeefloonEquivalent:
                    // Three full months of leefloon first.
                    if (s.Since.AddMonths(3) <= ctx.Date) since = Earliest(since, s.Since.AddMonths(3));
                    break;
                case StatusCode.Igo or StatusCode.Gib or StatusCode.Ivt or StatusCode.It or StatusCode.ZorgbudgetOuderen
                    or StatusCode.Nbmv or StatusCode.FullOrphan:
                    since = Earliest(since, s.Since);
                    break;
                case StatusCode.Zorgtoeslag when p.Pillar1Points >= 4 || p.RecognitionPercent >= 66:
                    since = Earliest(since, s.Since);
                    break;
            }
        }
        return since;
    }

    private static void AssignGroeipakket(ref Xoshiro256StarStar rng, HouseholdDraft h, GenerationContext ctx)
    {
        int children = 0;
        int schoolChildren = 0;
        for (int i = 0; i < h.Count; i++)
        {
            if (!IsGroeipakketChild(h[i])) continue;
            children++;
            if (InSchool(h[i])) schoolChildren++;
        }
        if (children == 0) return;

        // The Groeipakket reads the latest tax assessment: the income of two years ago.
        double income = 0;
        for (int i = 0; i < h.Count; i++)
        {
            var p = h[i];
            if (p.Relation == Relation.Reference || (p.Relation == Relation.Partner && !p.Unregistered))
                income += IncomeStep.For(p, ctx.Year - 2, ctx).Total;
        }

        double socialLimit = (children >= 3 ? IncomeRates.SocialeToeslagLimitThreeChildren2024 : IncomeRates.SocialeToeslagLimit2024)
            * ctx.GroeipakketGrowth;
        double schoolLimit = IncomeRates.SchooltoeslagLimit2024[Math.Min(3, Math.Max(0, schoolChildren - 1))] * ctx.GroeipakketGrowth;
        var schoolYear = new DateOnly(ctx.Date.Month >= 9 ? ctx.Year : ctx.Year - 1, 9, 1);

        for (int i = 0; i < h.Count; i++)
        {
            var p = h[i];
            if (!IsGroeipakketChild(p)) continue;
            if (income <= socialLimit && rng.Chance(StatusRates.SocialeToeslagTakeUp))
                p.AddStatus(StatusCode.SocialeToeslag, Later(ctx.DaysBefore(ref rng, 0, 5 * 365), p.BirthDate));
            if (InSchool(p) && income <= schoolLimit
                && rng.Chance(p.Age < 18 ? StatusRates.SchooltoeslagTakeUpPupil : StatusRates.SchooltoeslagTakeUpStudent))
                p.AddStatus(StatusCode.Schooltoeslag, Later(schoolYear, p.BirthDate), schoolYear.AddYears(1).AddDays(-1));
        }
    }

    /// <summary>The Groeipakket runs to 25 for children in education; here: a dependent child under 25.</summary>
    private static bool IsGroeipakketChild(PersonDraft p) =>
        p.Relation is Relation.Child or Relation.OtherRelative && p.Dependent && p.Age < 25;

    /// <summary>Schooltoeslag from the third year (kleuteronderwijs) up to higher education.</summary>
    private static bool InSchool(PersonDraft p) => p.Age >= 3 && (p.Age < 18 || p.Activity == Activity.Student);

    private static void AssignSingleParent(ref Xoshiro256StarStar rng, HouseholdDraft h, GenerationContext ctx)
    {
        if (h.Shape != HouseholdShape.SingleParent) return;
        DateOnly? oldestChild = null;
        for (int i = 1; i < h.Count; i++)
        {
            var p = h[i];
            if (p.Relation == Relation.Child && p.Dependent) oldestChild = Earliest(oldestChild, p.BirthDate);
        }
        if (oldestChild is { } birth && rng.Chance(StatusRates.SingleParentStatusRecorded))
            h.Reference.AddStatus(StatusCode.SingleParent, Later(ctx.DaysBefore(ref rng, 30, 3000), birth));
    }

    private static void AssignDebt(ref Xoshiro256StarStar rng, HouseholdDraft h, GenerationContext ctx)
    {
        bool low = h.Vulnerable;
        var partner = h.Partner;
        bool shared = partner is { Unregistered: false } && rng.Chance(0.5);

        if (rng.Chance(StatusRates.DebtMediation(low)))
        {
            DateOnly since;
            DateOnly? until = null;
            if (rng.Chance(StatusRates.DebtMediationEnded))
            {
                since = ctx.DaysBefore(ref rng, 400, 2500);
                until = since.AddDays(rng.NextInt(180, 360));
            }
            else since = ctx.DaysBefore(ref rng, 30, 2500);
            AddDebt(h.Reference, partner, shared, StatusCode.DebtMediation, since, until);
        }
        if (rng.Chance(StatusRates.CollectiveDebtSettlement(low)))
            AddDebt(h.Reference, partner, shared, StatusCode.CollectiveDebtSettlement, ctx.DaysBefore(ref rng, 30, 7 * 365), null);
        if (rng.Chance(StatusRates.BudgetManagement(low)))
            AddDebt(h.Reference, partner, shared, StatusCode.BudgetManagement, ctx.DaysBefore(ref rng, 30, 2000), null);
    }

    private static void AddDebt(PersonDraft reference, PersonDraft? partner, bool shared, StatusCode code, DateOnly since, DateOnly? until)
    {
        var from = Later(since, reference.BirthDate.AddYears(18));
        reference.AddStatus(code, from, until is { } u && u < from ? from : until);
        if (shared && partner is not null)
        {
            var partnerFrom = Later(since, partner.BirthDate.AddYears(18));
            partner.AddStatus(code, partnerFrom, until is { } pu && pu < partnerFrom ? partnerFrom : until);
        }
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
