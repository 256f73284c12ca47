using TakeUp.Rules.Facts;

namespace TakeUp.Synthetic.Rates;

/// <summary>
/// How often each social status occurs, by age and situation. Rates target Flemish orders of magnitude
/// (sources in docs/synthetic-population.md); rates that depend on the household are multipliers on a base
/// calibrated so that the population share comes out at the documented target.
/// </summary>
internal static class StatusRates
{
    // --- Working age: the activity a person lives on (mutually exclusive, drawn in this order) ---

    /// <summary>
    /// Integration allowance for persons with a disability (IVT), ages 21–64. Belgium counts about 200,000
    /// IVT recipients (FOD Sociale Zekerheid, DG Personen met een handicap), a little under 3% of 21–64.
    /// </summary>
    public static double Ivt(int age) => age < 21 ? 0 : age < 35 ? 0.016 : age < 50 ? 0.022 : 0.032;

    /// <summary>Share of IVT recipients who also receive the integratietegemoetkoming (IT).</summary>
    public const double ItAmongIvt = 0.6;

    /// <summary>IT without IVT (income too high for IVT), ages 21–64.</summary>
    public const double ItWithoutIvt = 0.004;

    /// <summary>
    /// Invalidity (work incapacity beyond one year), rising with age. RIZIV counts about 500,000 invalids,
    /// roughly 6–7% of 20–64 in Belgium and somewhat less in Flanders.
    /// </summary>
    public static double Invalid(int age) => age < 25 ? 0.005 : age < 35 ? 0.02 : age < 50 ? 0.05 : 0.09;

    /// <summary>Primary work incapacity (the first year), about 1.5% of the working-age population.</summary>
    public const double Incapacitated = 0.015;

    /// <summary>Unemployed with a benefit: Flemish unemployment is about 3% of 18–64 (VDAB, RVA).</summary>
    public static double Unemployed(int age) => age < 25 ? 0.05 : 0.03;

    /// <summary>
    /// Leefloon base rate for working-age adults before the multipliers below. Calibrated so that about 1.5% of
    /// all adults hold it on the reference date: between the Flemish (about 1%) and the Belgian (about 1.8%)
    /// shares (POD Maatschappelijke Integratie), i.e. a mid-size Flemish city.
    /// </summary>
    public const double LeefloonBase = 0.013;

    /// <summary>People alone or alone with children rely on the leefloon far more than couples.</summary>
    public static double LeefloonHouseholdFactor(bool livesWithPartner, bool singleParent) =>
        singleParent ? 3.0 : livesWithPartner ? 0.45 : 2.0;

    /// <summary>The 18–25s are over-represented (POD MI: about a third of recipients are under 25).</summary>
    public static double LeefloonAgeFactor(int age) => age < 25 ? 2.5 : age < 50 ? 1.0 : 0.8;

    /// <summary>Recognised refugees and subsidiary protection often start on leefloon; other foreigners more often than Belgians.</summary>
    public static double LeefloonResidenceFactor(Residence residence) => residence switch
    {
        Residence.Refugee or Residence.SubsidiaryProtection => 14.0,
        Residence.PopulationRegister or Residence.Stateless => 3.0,
        Residence.Eu => 1.3,
        _ => 1.0,
    };

    /// <summary>Adults on "other" grounds outside reception get equivalent social aid instead.</summary>
    public const double LeefloonEquivalentAmongOther = 0.4;

    /// <summary>Leefloon decisions younger than three months: VT has not followed yet.</summary>
    public const double LeefloonRecent = 0.15;

    /// <summary>Leefloon decisions already taken that start on the first of next month.</summary>
    public const double LeefloonStartsNextMonth = 0.01;

    // --- Employment for the others (Statbel labour force survey, Flemish Region, rounded) ---

    public static double Employed(int age) => age < 25 ? 0.7 : age < 55 ? 0.87 : age < 60 ? 0.75 : 0.42;

    /// <summary>
    /// Without a partner to live on, being without work and without any benefit is rare (such a person would
    /// be on leefloon or a benefit, drawn above): the share not employed is cut to this fraction.
    /// </summary>
    public const double InactiveWithoutPartnerFactor = 0.35;

    /// <summary>Self-employed among workers (RSVZ, about one worker in eight).</summary>
    public const double SelfEmployedAmongWorkers = 0.12;

    // --- Pension ---

    /// <summary>Retired before the legal pension age, ages 60 to the pension age (long careers, Statbel).</summary>
    public const double EarlyRetirement = 0.3;

    /// <summary>
    /// Inkomensgarantie voor ouderen: about 5% of people aged 65+ (Federale Pensioendienst: some 110,000 of
    /// 2.3 million); more often people living alone.
    /// </summary>
    public static double Igo(bool livesAlone) => livesAlone ? 0.09 : 0.037;

    /// <summary>The old guaranteed income (GIB) only runs for people who had it before 2001, now about 89+.</summary>
    public const double GibInsteadOfIgoFromAge89 = 0.3;

    /// <summary>
    /// Zorgbudget voor ouderen met een zorgnood: about 6% of Flemish people aged 65+ (Vlaamse sociale
    /// bescherming), far more among the very old.
    /// </summary>
    public static double ZorgbudgetOuderen(int age) => age < 65 ? 0 : age < 80 ? 0.03 : 0.14;

    /// <summary>
    /// Zorgbudget voor zwaar zorgbehoevenden for adults, concentrated among the very old. Children get it only
    /// through their zorgtoeslag points (18 or more), drawn with the zorgtoeslag.
    /// </summary>
    public static double ZorgbudgetZwaar(int age) => age < 65 ? 0.008 : age < 80 ? 0.03 : 0.12;

    /// <summary>
    /// Widowed among people 65+ living alone (Statbel civil status, rounded): most older women who live alone
    /// are widows; about a quarter of all people 65+ are widowed.
    /// </summary>
    public static double Widowed(bool female) => female ? 0.7 : 0.45;

    /// <summary>People 50–64 living alone who are widowed.</summary>
    public const double WidowedUnder65LivingAlone = 0.05;

    // --- Children ---

    /// <summary>Groeipakket zorgtoeslag for a child with a specific support need, about 2.5% of under-21s.</summary>
    public const double Zorgtoeslag = 0.025;

    /// <summary>Of those, the share with at least 4 points on pillar 1 (automatic VT).</summary>
    public const double ZorgtoeslagPillar1AtLeast4 = 0.35;

    /// <summary>Older recognitions are expressed as a percentage (66% or more gives VT).</summary>
    public const double ZorgtoeslagWithPercentRecognition = 0.2;

    // --- Single parent, debt, housing statuses ---

    /// <summary>Heads of single-parent households whose health-insurance status says so.</summary>
    public const double SingleParentStatusRecorded = 0.92;

    /// <summary>
    /// Debt statuses per adult in low-income and other households. Together about 1% debt mediation, 0.8%
    /// collective debt settlement (Centrale voor kredieten aan particulieren: some 80,000 settlements) and
    /// 0.4% OCMW budget management.
    /// </summary>
    public static double DebtMediation(bool lowIncome) => lowIncome ? 0.035 : 0.005;

    public static double CollectiveDebtSettlement(bool lowIncome) => lowIncome ? 0.028 : 0.004;

    public static double BudgetManagement(bool lowIncome) => lowIncome ? 0.02 : 0.0008;

    /// <summary>Debt mediations already closed (the period has an end in the past).</summary>
    public const double DebtMediationEnded = 0.2;

    /// <summary>Flemish huursubsidie: rare and not automatic; low-income private tenants.</summary>
    public const double HuursubsidieLowIncomePrivateRent = 0.03;

    // --- VT and Groeipakket follow from the statuses and incomes ---

    /// <summary>
    /// VT by the automatic route (leefloon after three months, IGO, GIB, IVT, IT, zorgbudget ouderen, a child
    /// with ≥4 pillar-1 points or ≥66%, NBMV, full orphan) for the holder and their partner and dependants:
    /// nearly always registered; the few gaps are the ziekenfonds' processing delays.
    /// </summary>
    public const double VtAutomaticRegistered = 0.97;

    /// <summary>
    /// VT by the income route needs an application: about 40% of those eligible by income have it (0.38)
    /// (the take-up TakeUp exists to raise; proactive flux and field experiments, see the facts sheet). Also
    /// calibrates total VT to about 16–18% of the population.
    /// </summary>
    public const double VtIncomeRouteTakeUp = 0.38;

    /// <summary>Sociale toeslag is automatic from the tax assessment: nearly every eligible child has it.</summary>
    public const double SocialeToeslagTakeUp = 0.93;

    /// <summary>Schooltoeslag is automatic for pupils; students in higher education must apply.</summary>
    public const double SchooltoeslagTakeUpPupil = 0.85;

    public const double SchooltoeslagTakeUpStudent = 0.5;

    // --- History: periods that ended (real history, not a data problem) ---

    /// <summary>Adults with a past unemployment period that ended.</summary>
    public const double PastUnemployment = 0.02;

    /// <summary>Adults whose past leefloon ended (work found, moved in with a partner).</summary>
    public const double PastLeefloon = 0.005;

    /// <summary>Third-party help (hulp van derden) among invalids and IVT recipients.</summary>
    public const double ThirdPartyHelpAmongInvalidOrIvt = 0.1;

    /// <summary>An old-style allowance for at least 65% incapacity, ages 40–64 (rare).</summary>
    public const double Incapacity65 = 0.0015;
}
