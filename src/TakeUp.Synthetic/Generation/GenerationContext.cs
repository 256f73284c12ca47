using TakeUp.Synthetic.Rates;
using TakeUp.Synthetic.Randomness;

namespace TakeUp.Synthetic.Generation;

/// <summary>Everything derived once from the options that every household's generation reads.</summary>
internal sealed class GenerationContext
{
    // Income growth factors 1.02^k for income years from ten years back to two years ahead, computed once by
    // repeated multiplication (not Math.Pow, whose last bit may vary by platform).
    private const int GrowthYearsBack = 10;
    private readonly double[] _growth = new double[GrowthYearsBack + 3];

    public GenerationContext(PopulationOptions options)
    {
        Seed = options.Seed;
        Messiness = options.Messiness;
        Date = options.ReferenceDate;
        Year = Date.Year;
        PensionAge = Date < new DateOnly(2025, 2, 1) ? 65 : Date < new DateOnly(2030, 2, 1) ? 66 : 67;

        var municipalities = new (string, double)[options.Municipalities.Count];
        for (int i = 0; i < municipalities.Length; i++)
            municipalities[i] = (options.Municipalities[i].NisCode, options.Municipalities[i].Weight);
        Municipalities = new WeightedTable<string>(municipalities);

        double g = 1;
        _growth[GrowthYearsBack] = 1;
        for (int k = 1; k <= GrowthYearsBack; k++) _growth[GrowthYearsBack - k] = g /= IncomeRates.YearlyGrowth;
        g = 1;
        for (int k = 1; k <= 2; k++) _growth[GrowthYearsBack + k] = g *= IncomeRates.YearlyGrowth;

        double vtGrowth = 1;
        for (int y = 2023; y < Year - 1; y++) vtGrowth *= IncomeRates.YearlyGrowth;
        for (int y = Year - 1; y < 2023; y++) vtGrowth /= IncomeRates.YearlyGrowth;
        VtCeilingBase = IncomeRates.VtCeiling2023 * vtGrowth;
        VtCeilingPerMember = IncomeRates.VtCeilingPerMember2023 * vtGrowth;

        double groeipakketGrowth = 1;
        for (int y = 2024; y < Year; y++) groeipakketGrowth *= IncomeRates.YearlyGrowth;
        for (int y = Year; y < 2024; y++) groeipakketGrowth /= IncomeRates.YearlyGrowth;
        GroeipakketGrowth = groeipakketGrowth;

        double rentGrowth = 1;
        for (int y = 2025; y < Year; y++) rentGrowth *= HousingRates.RentYearlyGrowth;
        for (int y = Year; y < 2025; y++) rentGrowth /= HousingRates.RentYearlyGrowth;
        RentGrowth = rentGrowth;
    }

    public ulong Seed { get; }
    public double Messiness { get; }

    /// <summary>The reference date.</summary>
    public DateOnly Date { get; }

    public int Year { get; }

    /// <summary>Legal pension age on the reference date: 65, 66 from 1 February 2025, 67 from 1 February 2030.</summary>
    public int PensionAge { get; }

    public WeightedTable<string> Municipalities { get; }

    /// <summary>The generator's VT income ceiling for income year <see cref="Year"/> − 1.</summary>
    public double VtCeilingBase { get; }

    public double VtCeilingPerMember { get; }

    /// <summary>Groeipakket limits in the reference year relative to 2024.</summary>
    public double GroeipakketGrowth { get; }

    public double RentGrowth { get; }

    /// <summary>A data-quality probability scaled by <see cref="Messiness"/>, capped at 1.</summary>
    public double Mess(double rate) => Math.Min(1.0, rate * Messiness);

    /// <summary>Income level of <paramref name="year"/> relative to the reference year.</summary>
    public double Growth(int year)
    {
        int k = Math.Clamp(year - Year, -GrowthYearsBack, 2);
        return _growth[GrowthYearsBack + k];
    }

    /// <summary>A date <paramref name="minDays"/>..<paramref name="maxDays"/> days before the reference date.</summary>
    public DateOnly DaysBefore(ref Xoshiro256StarStar rng, int minDays, int maxDays) =>
        Date.AddDays(-rng.NextInt(minDays, maxDays));

    /// <summary>The first day of the month after <paramref name="date"/>.</summary>
    public static DateOnly FirstOfNextMonth(DateOnly date) => new DateOnly(date.Year, date.Month, 1).AddMonths(1);
}
