namespace TakeUp.Synthetic.Rates;

/// <summary>
/// Yearly gross taxable incomes, at prices of the reference year, as lognormal distributions (median, sigma).
/// Medians are orders of magnitude from Statbel's fiscal income and wage statistics; they are a model, not
/// statistics, and nothing downstream should be calibrated on them.
/// </summary>
internal static class IncomeRates
{
    /// <summary>Wages grow with age and plateau after 35; the median includes part-time work.</summary>
    public static double EmploymentMedian(int age) => age < 25 ? 24_000 : age < 35 ? 38_000 : age < 50 ? 46_000 : 48_000;

    public const double EmploymentSigma = 0.4;

    /// <summary>Women work part-time far more often (Statbel: about 40% against 12%).</summary>
    public const double WomenEmploymentFactor = 0.85;

    public const double SelfEmployedMedian = 30_000;
    public const double SelfEmployedSigma = 0.9;

    public const double UnemploymentMedian = 16_500;
    public const double IncapacityMedian = 19_000;
    public const double InvalidityMedian = 18_500;
    public const double ReplacementSigma = 0.25;

    /// <summary>Pensions: men's higher than women's (Federale Pensioendienst, pension gap about 25%).</summary>
    public static double PensionMedian(bool female) => female ? 17_500 : 24_000;

    public const double EarlyPensionMedian = 28_000;
    public const double PensionSigma = 0.35;

    /// <summary>IGO tops up a small pension: the pension itself is low.</summary>
    public const int IgoPensionMin = 2_000;
    public const int IgoPensionMax = 11_000;

    /// <summary>Leefloon recipients with some part-time work beside it.</summary>
    public const double LeefloonWithWork = 0.15;
    public const double LeefloonWorkMedian = 6_000;

    /// <summary>IVT recipients in sheltered or part-time work.</summary>
    public const double DisabilityAllowanceWithWork = 0.25;
    public const double DisabilityWorkMedian = 14_000;

    /// <summary>Students with a student job, and its yearly earnings.</summary>
    public const double StudentWithJob = 0.3;
    public const double StudentJobMedian = 3_000;

    /// <summary>Before becoming unemployed, ill or retired, most people worked.</summary>
    public const double WorkedBeforeCurrentActivity = 0.75;

    /// <summary>Single parents who receive maintenance for the children (taxable), yearly amount range.</summary>
    public const double MaintenanceAmongSingleParents = 0.35;
    public const int MaintenanceMin = 2_400;
    public const int MaintenanceMax = 7_200;

    /// <summary>Owners with a second property: cadastral income (non-indexed) of that property.</summary>
    public const double SecondPropertyAmongOwners = 0.06;
    public const int CadastralMin = 600;
    public const int CadastralMax = 2_500;

    /// <summary>
    /// Nominal growth of incomes and legal ceilings per year (indexation plus real growth, rounded); income
    /// of year Y is the reference-year level times 1.02^(Y − reference year), with ±4% personal noise.
    /// </summary>
    public const double YearlyGrowth = 1.02;

    public const double YearlyNoise = 0.04;

    // Ceilings the generator uses to decide who is low-income (VT, Groeipakket, debt). They approximate the
    // legal figures of the facts sheet so that the population is plausible; they are not law, and the
    // catalog, not this generator, decides eligibility.

    /// <summary>VT income route, income year 2023: 25,630.67 + 4,744.94 per extra member.</summary>
    public const double VtCeiling2023 = 25_630.67;
    public const double VtCeilingPerMember2023 = 4_744.94;

    /// <summary>Groeipakket sociale toeslag, 2024: 36,325.76; 68,329.61 for three or more children.</summary>
    public const double SocialeToeslagLimit2024 = 36_325.76;
    public const double SocialeToeslagLimitThreeChildren2024 = 68_329.61;

    /// <summary>Schooltoeslag maximum income by points (0–3), undated in the facts sheet; read as 2024.</summary>
    public static readonly double[] SchooltoeslagLimit2024 = [26_357.89, 37_012.41, 45_278.06, 51_387.98];

    /// <summary>Net monthly from gross yearly for a declared income: rough effective rates by kind.</summary>
    public const double NetShareEmployment = 0.68;
    public const double NetShareReplacement = 0.85;
    public const double NetSharePension = 0.8;
}
