using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Drafts;
using TakeUp.Synthetic.Randomness;
using TakeUp.Synthetic.Rates;

namespace TakeUp.Synthetic.Generation;

/// <summary>
/// Turns the drawn truth into what an OCMW's data would show: facts with their source and as_of date, some
/// unknown, some stale, some only seen at a home visit. This is the only place that decides what is missing.
/// </summary>
internal sealed class HouseholdWriter
{
    private static readonly string[] MemberIds = CreateMemberIds();

    private readonly GenerationContext _ctx;
    private readonly List<IncomeRecord> _incomes = new(8);

    public HouseholdWriter(GenerationContext ctx) => _ctx = ctx;

    public Household Write(ref Xoshiro256StarStar rng, HouseholdDraft h, long index)
    {
        var ctx = _ctx;
        var sources = new SourceDates(
            Register: ctx.DaysBefore(ref rng, 0, 14),
            Ksz: ctx.DaysBefore(ref rng, 0, 45),
            HomeVisit: ctx.DaysBefore(ref rng, 0, 180),
            // One household files its tax return together: the assessments reach it on the same day of the year.
            AssessmentOffset: rng.NextInt(0, 200));

        var members = new Member[h.Count];
        for (int i = 0; i < h.Count; i++) members[i] = WriteMember(ref rng, h[i], i, sources);

        return new Household(HouseholdId(index), members)
        {
            Municipality = h.Municipality,
            Housing = WriteHousing(ref rng, h, sources),
        };
    }

    private Member WriteMember(ref Xoshiro256StarStar rng, PersonDraft p, int position, SourceDates sources)
    {
        var ctx = _ctx;
        bool statusesUnknown = p.InszUnknown
            || rng.Chance(ctx.Mess(DataQualityRates.StatusesUnknown))
            || (p.Unregistered && rng.Chance(DataQualityRates.UnregisteredStatusesUnknown));
        bool incomesUnknown = p.InszUnknown
            || rng.Chance(ctx.Mess(p.IsAdult ? DataQualityRates.IncomesUnknownAdult : DataQualityRates.IncomesUnknownMinor));
        bool residenceUnknown = rng.Chance(ctx.Mess(DataQualityRates.ResidenceUnknown));
        bool dependentUnknown = rng.Chance(ctx.Mess(DataQualityRates.DependentUnknown));

        // Facts about someone domiciled elsewhere come from the visit, not from the register.
        var identitySource = p.Unregistered ? FactSource.HomeVisit : FactSource.Register;
        var identityAsOf = p.Unregistered ? sources.HomeVisit : sources.Register;
        bool partnerOrReference = p.Relation is Relation.Reference or Relation.Partner;

        return new Member(MemberIds[position], p.Relation)
        {
            Insz = p.Insz,
            BirthDate = p.BirthDateUnknown ? Fact<DateOnly>.Unknown : new(p.BirthDate, identitySource, identityAsOf),
            PartnerKind = p.PartnerKind,
            // Partners cannot be fiscally dependent on each other; for others the tax assessment says.
            Dependent = partnerOrReference ? new(false, FactSource.Tax, sources.AssessedOn(ctx.Year - 2))
                : dependentUnknown ? Fact<bool>.Unknown
                : new(p.Dependent, FactSource.Tax, sources.AssessedOn(ctx.Year - 2)),
            RegisteredAtAddress = p.Unregistered
                ? new(false, FactSource.HomeVisit, sources.HomeVisit)
                : new(true, FactSource.Register, sources.Register),
            Residence = residenceUnknown ? Fact<Residence>.Unknown : new(p.Residence, identitySource, identityAsOf),
            Statuses = statusesUnknown ? null : WriteStatuses(ref rng, p, sources),
            Incomes = incomesUnknown ? null : WriteIncomes(ref rng, p, sources),
            RecognitionPercent = p.RecognitionPercent > 0 ? new(p.RecognitionPercent, FactSource.Ksz, sources.Ksz) : Fact<decimal>.Unknown,
            Pillar1Points = p.ZorgtoeslagPoints > 0 ? new(p.Pillar1Points, FactSource.Other, sources.Ksz) : Fact<int>.Unknown,
            ZorgtoeslagPoints = p.ZorgtoeslagPoints > 0 ? new(p.ZorgtoeslagPoints, FactSource.Other, sources.Ksz) : Fact<int>.Unknown,
            AbroadDaysLastYear = p.AbroadDays >= 0 ? new(p.AbroadDays, FactSource.Other, sources.Ksz) : Fact<int>.Unknown,
        };
    }

    private StatusRecord[]? WriteStatuses(ref Xoshiro256StarStar rng, PersonDraft p, SourceDates sources)
    {
        var asOf = sources.Ksz;
        if (rng.Chance(_ctx.Mess(DataQualityRates.StatusesStale)))
        {
            // Last confirmed more than a year ago: what started since is missing, what ended since still runs.
            asOf = _ctx.DaysBefore(ref rng, 366, 1100);
            bool hadStatuses = p.StatusCount > 0;
            p.ForgetStatusesAfter(asOf);
            // Emptied by staleness, the list would claim "known: none" with no date to show it is old, although
            // the person has statuses: say unknown instead. Someone with no statuses at all keeps a true [].
            if (hadStatuses && p.StatusCount == 0) return null;
        }
        if (p.StatusCount == 0) return [];
        var records = new StatusRecord[p.StatusCount];
        var statuses = p.Statuses;
        for (int i = 0; i < records.Length; i++)
        {
            var s = statuses[i];
            records[i] = new StatusRecord(s.Code, s.Since, s.Until, FactSource.Ksz, asOf);
        }
        return records;
    }

    private IncomeRecord[] WriteIncomes(ref Xoshiro256StarStar rng, PersonDraft p, SourceDates sources)
    {
        var ctx = _ctx;
        var list = _incomes;
        list.Clear();

        // Tax data: the latest assessed income year (N−1 once its assessment has arrived, else N−2), sometimes
        // the year before it too; for a few people the latest assessment is missing, which makes the data stale.
        int latest = sources.AssessedOn(ctx.Year - 1) <= ctx.Date ? ctx.Year - 1 : ctx.Year - 2;
        if (rng.Chance(ctx.Mess(DataQualityRates.TaxLatestYearMissing))) latest--;
        if (rng.Chance(DataQualityRates.TaxPreviousYearKept)) AddTaxYear(list, p, latest - 1, sources);
        AddTaxYear(list, p, latest, sources);

        if (p.IsAdult && rng.Chance(IsOcmwClient(p) ? DataQualityRates.DeclaredIncomeOcmwClient : DataQualityRates.DeclaredIncome))
        {
            var asOf = rng.Chance(ctx.Mess(DataQualityRates.DeclaredIncomeStale))
                ? ctx.DaysBefore(ref rng, 366, 700)
                : ctx.DaysBefore(ref rng, 0, 90);
            AddDeclared(list, p, asOf);
        }
        return list.Count == 0 ? [] : list.ToArray();
    }

    private void AddTaxYear(List<IncomeRecord> list, PersonDraft p, int year, SourceDates sources)
    {
        var income = IncomeStep.For(p, year, _ctx);
        var asOf = sources.AssessedOn(year);
        AddTax(list, IncomeKind.Employment, year, income.Employment, asOf);
        AddTax(list, IncomeKind.SelfEmployed, year, income.SelfEmployed, asOf);
        AddTax(list, IncomeKind.Replacement, year, income.Replacement, asOf);
        AddTax(list, IncomeKind.Pension, year, income.Pension, asOf);
        AddTax(list, IncomeKind.Maintenance, year, income.Maintenance, asOf);
        AddTax(list, IncomeKind.Cadastral, year, income.Cadastral, asOf);
    }

    private static void AddTax(List<IncomeRecord> list, IncomeKind kind, int year, double amount, DateOnly asOf)
    {
        if (amount < 1) return;
        list.Add(new IncomeRecord(kind, year, GrossTaxable: Money.Euros(amount), Source: FactSource.Tax, AsOf: asOf));
    }

    /// <summary>What the person told the OCMW they earn now, net per month, for the year of the declaration.</summary>
    private void AddDeclared(List<IncomeRecord> list, PersonDraft p, DateOnly asOf)
    {
        var income = IncomeStep.For(p, asOf.Year, _ctx);
        AddNet(list, IncomeKind.Employment, asOf, income.Employment * IncomeRates.NetShareEmployment);
        AddNet(list, IncomeKind.SelfEmployed, asOf, income.SelfEmployed * IncomeRates.NetShareEmployment);
        AddNet(list, IncomeKind.Replacement, asOf, income.Replacement * IncomeRates.NetShareReplacement);
        AddNet(list, IncomeKind.Pension, asOf, income.Pension * IncomeRates.NetSharePension);
        AddNet(list, IncomeKind.Maintenance, asOf, income.Maintenance);
    }

    private static void AddNet(List<IncomeRecord> list, IncomeKind kind, DateOnly asOf, double yearlyNet)
    {
        if (yearlyNet < 12) return;
        list.Add(new IncomeRecord(kind, asOf.Year, NetMonthly: Money.Euros(yearlyNet / 12), Source: FactSource.Declared, AsOf: asOf));
    }

    private static bool IsOcmwClient(PersonDraft p) =>
        p.Activity is Activity.Leefloon || HasDebtStatus(p);

    private static bool HasDebtStatus(PersonDraft p)
    {
        foreach (var s in p.Statuses)
        {
            if (s.Code is StatusCode.DebtMediation or StatusCode.BudgetManagement or StatusCode.CollectiveDebtSettlement) return true;
        }
        return false;
    }

    private Housing WriteHousing(ref Xoshiro256StarStar rng, HouseholdDraft h, SourceDates sources)
    {
        var ctx = _ctx;
        var asOf = rng.Chance(ctx.Mess(DataQualityRates.HousingStale)) ? ctx.DaysBefore(ref rng, 366, 1500) : ctx.DaysBefore(ref rng, 0, 300);
        bool tenureUnknown = rng.Chance(ctx.Mess(DataQualityRates.TenureUnknown));
        bool fuelUnknown = h.Tenure == Tenure.Homeless || rng.Chance(ctx.Mess(DataQualityRates.HeatingFuelUnknown));
        bool fuelSeen = rng.Chance(DataQualityRates.HeatingSeenAtHomeVisit);
        bool rentUnknown = rng.Chance(ctx.Mess(DataQualityRates.RentUnknown));
        bool collectiveUnknown = rng.Chance(ctx.Mess(DataQualityRates.CollectiveHeatingUnknown));

        Fact<Tenure> tenure = tenureUnknown ? Fact<Tenure>.Unknown : new(h.Tenure, TenureSource(h.Tenure), asOf);
        Fact<decimal> rent = h.MonthlyRent is { } r && !rentUnknown
            ? new(r, h.Tenure == Tenure.SocialRent ? FactSource.Register : FactSource.Declared, asOf)
            : Fact<decimal>.Unknown;

        if (h.Tenure == Tenure.PrivateRent && h.MonthlyRent is { } oldRent
            && rng.Chance(ctx.Mess(DataQualityRates.FreeTenureWithStaleRent)))
        {
            // The visit found the household living with relatives for free; the rent declared years ago is still on file.
            tenure = new(Tenure.Free, FactSource.HomeVisit, sources.HomeVisit);
            rent = new(oldRent, FactSource.Declared, ctx.DaysBefore(ref rng, 400, 900));
        }

        return new Housing
        {
            Tenure = tenure,
            CollectiveHeating = h.Tenure == Tenure.SocialRent && !collectiveUnknown
                ? new(h.CollectiveHeating, FactSource.Register, asOf)
                : Fact<bool>.Unknown,
            HeatingFuel = fuelUnknown ? Fact<HeatingFuel>.Unknown
                : fuelSeen ? new(h.HeatingFuel, FactSource.HomeVisit, sources.HomeVisit)
                : new(h.HeatingFuel, FactSource.Declared, asOf),
            MonthlyRent = rent,
            WaitingListSince = h.WaitingListSince is { } since ? new(since, FactSource.Register, sources.Register) : Fact<DateOnly>.Unknown,
        };
    }

    /// <summary>Social tenancies and ownership are in registers (Wonen in Vlaanderen, the cadastre); the rest is told or seen.</summary>
    private static FactSource TenureSource(Tenure tenure) => tenure switch
    {
        Tenure.SocialRent or Tenure.Owner => FactSource.Register,
        Tenure.PrivateRent => FactSource.Declared,
        Tenure.Homeless => FactSource.Worker,
        _ => FactSource.HomeVisit,
    };

    /// <summary>"h-000001": six digits keep ids sortable up to a million households and simply grow beyond.</summary>
    private static string HouseholdId(long index) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"h-{index + 1:D6}");

    private static string[] CreateMemberIds()
    {
        var ids = new string[HouseholdDraft.MaxMembers];
        for (int i = 0; i < ids.Length; i++) ids[i] = "p" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ids;
    }

    /// <summary>When each source last confirmed the household's facts.</summary>
    private readonly record struct SourceDates(DateOnly Register, DateOnly Ksz, DateOnly HomeVisit, int AssessmentOffset)
    {
        /// <summary>Assessments of income year Y arrive from mid-June of Y+1 over about six months.</summary>
        public DateOnly AssessedOn(int incomeYear) => new DateOnly(incomeYear + 1, 6, 15).AddDays(AssessmentOffset);
    }
}
