using TakeUp.Rules.Facts;

namespace TakeUp.Peer;

/// <summary>
/// The toy law's fixed points, written out once for the loader, the generator and the hand-written version:
/// the evaluation date, the income year the taxable income is filed under, the right ids of the catalog
/// (bench/catalogs/peer-toy) and the file format's heating types.
/// </summary>
public static class PeerLaw
{
    /// <summary>The period start of the README: everything is evaluated for 2024.</summary>
    public static readonly DateOnly Date = new(2024, 1, 1);

    /// <summary>The README's taxable_income has no year; it is filed as the income of the year before the evaluation year.</summary>
    public static int IncomeYear(DateOnly date) => date.Year - 1;

    public const string AgeRight = "peer-age";
    public const string VtRight = "peer-vt";
    public const string SocialEnergyTariffRight = "peer-social-energy-tariff";
    public const string HeatingAllowanceRight = "peer-heating-allowance";
    public const string UitpasReducedRight = "peer-uitpas-reduced";

    /// <summary>The file format's heating types, in the README's order (the order of its weights).</summary>
    public static readonly string[] HeatingTypes =
        ["natural_gas", "electricity", "heating_oil", "heat_pump", "wood_pellets", "district_heating"];

    /// <summary>
    /// The contract's heating fuel for each heating type. Only heating oil matters to the toy law; a heat pump is
    /// electric heating, and district heating has no value of its own in the contract, so it is "other".
    /// </summary>
    public static readonly HeatingFuel[] Fuels =
        [HeatingFuel.Gas, HeatingFuel.Electric, HeatingFuel.HeatingOil, HeatingFuel.Electric, HeatingFuel.Wood, HeatingFuel.Other];

    /// <summary>
    /// The four dated parameters, typed in again by hand for the hand-written version (the engine reads them from
    /// the catalog; a test checks both say the same), in whole euros, valid from 1 January of each year.
    /// </summary>
    public static PeerParameters ParametersOn(DateOnly date)
    {
        (int Year, PeerParameters Values)[] table =
        [
            (2022, new PeerParameters(24_500, 4_500, 22_500, 4_150)),
            (2023, new PeerParameters(25_200, 4_650, 23_200, 4_250)),
            (2024, new PeerParameters(26_000, 4_800, 24_000, 4_400)),
        ];
        if (date < new DateOnly(table[0].Year, 1, 1)) throw new ArgumentOutOfRangeException(nameof(date), "the toy law starts on 2022-01-01");
        return table.Last(t => new DateOnly(t.Year, 1, 1) <= date).Values;
    }
}

/// <summary>The toy law's parameters on one date, in whole euros.</summary>
public sealed record PeerParameters(long VtBase, long VtPerAdditionalMember, long HeatingBase, long HeatingPerAdditionalMember);
