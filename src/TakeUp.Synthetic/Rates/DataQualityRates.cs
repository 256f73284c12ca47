namespace TakeUp.Synthetic.Rates;

/// <summary>
/// The deliberate data-quality problems and their rates at Messiness = 1. They are modelled because the
/// OCMW's data is like this (see the master's thesis in the project's background reading: KSZ data that is
/// "often two years old", household compositions that a home visit contradicts, incomes of cohabitants
/// missing), and an engine that only ever saw clean data would not be tested on the cases that matter.
/// Each rate is a probability per person or per household; Messiness multiplies all of them.
/// </summary>
internal static class DataQualityRates
{
    // --- Unknown facts ---

    /// <summary>No income data at all for an adult (not matched with the tax data, recently arrived, BIS number).</summary>
    public const double IncomesUnknownAdult = 0.08;

    /// <summary>No income data for a minor (nobody looked it up).</summary>
    public const double IncomesUnknownMinor = 0.03;

    /// <summary>No status data from KSZ for the person (not integrated in the OCMW's KSZ population).</summary>
    public const double StatusesUnknown = 0.02;

    /// <summary>Birth date unknown; such a person has no known INSZ either (not identified yet).</summary>
    public const double BirthDateUnknown = 0.005;

    /// <summary>Birth date known (declared) but INSZ not.</summary>
    public const double InszUnknown = 0.008;

    /// <summary>A person on the "other" ground identified by a BIS number rather than a register number.</summary>
    public const double BisAmongOtherGround = 0.6;

    public const double ResidenceUnknown = 0.01;

    /// <summary>Whether a child or relative is fiscally dependent is not on file.</summary>
    public const double DependentUnknown = 0.05;

    public const double TenureUnknown = 0.04;

    /// <summary>Heating fuel is in no register: it is known only when declared or seen.</summary>
    public const double HeatingFuelUnknown = 0.15;

    public const double RentUnknown = 0.2;

    public const double CollectiveHeatingUnknown = 0.3;

    // --- Stale facts (as_of more than a year before the reference date) ---

    /// <summary>A person's KSZ statuses last confirmed more than a year ago; newer statuses are missing.</summary>
    public const double StatusesStale = 0.06;

    /// <summary>The latest tax assessment is missing: only the year before it is on file.</summary>
    public const double TaxLatestYearMissing = 0.05;

    /// <summary>Of people with tax data, those for whom the year before the latest is also kept.</summary>
    public const double TaxPreviousYearKept = 0.3;

    /// <summary>Housing facts (tenure, heating, rent) confirmed more than a year ago.</summary>
    public const double HousingStale = 0.2;

    // --- Declared incomes for the current year ---

    /// <summary>Adults who declared a current net monthly income to the OCMW.</summary>
    public const double DeclaredIncome = 0.08;

    /// <summary>OCMW clients (leefloon, equivalent aid, debt mediation) nearly always have one on file.</summary>
    public const double DeclaredIncomeOcmwClient = 0.6;

    public const double DeclaredIncomeStale = 0.15;

    // --- Home-visit observations that contradict the registers ---

    /// <summary>Couples where the partner lives here but is domiciled elsewhere (seen at a home visit).</summary>
    public const double PartnerSeenOnlyAtHomeVisit = 0.03;

    /// <summary>
    /// Single parents (per KSZ) with a de facto partner seen at a home visit: the status and the visit
    /// contradict each other, which is exactly what a social inquiry has to settle.
    /// </summary>
    public const double SingleParentWithHiddenPartner = 0.06;

    /// <summary>Unrelated co-residents not domiciled here.</summary>
    public const double UnrelatedUnregistered = 0.25;

    /// <summary>Adult children back home without a change of domicile.</summary>
    public const double AdultChildUnregistered = 0.02;

    /// <summary>Of unregistered people, those whose INSZ the OCMW does not have.</summary>
    public const double UnregisteredWithoutInsz = 0.5;

    /// <summary>Of unregistered people, those with no KSZ statuses on file (no INSZ, or not in the OCMW's KSZ population).</summary>
    public const double UnregisteredStatusesUnknown = 0.6;

    /// <summary>
    /// Households whose tenure the last home visit recorded as "free" (moved in with relatives) while an
    /// older declared rent is still on file.
    /// </summary>
    public const double FreeTenureWithStaleRent = 0.003;

    /// <summary>Households whose heating fuel was seen at a home visit (else declared).</summary>
    public const double HeatingSeenAtHomeVisit = 0.1;

    /// <summary>
    /// People 65+ (other than IGO holders) whose days abroad are on file. Not a data problem but how rarely
    /// the fact is recorded at all, so Messiness does not scale it.
    /// </summary>
    public const double AbroadDaysKnownOlder = 0.05;
}
