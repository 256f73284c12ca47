using TakeUp.Rules.Facts;
using TakeUp.Synthetic.Randomness;

namespace TakeUp.Synthetic.Rates;

/// <summary>
/// Tenure, heating and rent. Tenure depends on the household's income tier, so that social tenants are the
/// households social rights are for; the tables are calibrated to give the Flemish marginals: owners about
/// 70%, private tenants about 20%, social tenants about 6.5% (Woonsurvey 2018 and 2023, Agentschap Wonen in
/// Vlaanderen; Statbel EU-SILC).
/// </summary>
internal static class HousingRates
{
    /// <summary>A minimum-income status in the household: leefloon or equivalent aid, IVT, IGO/GIB, reception.</summary>
    public static readonly WeightedTable<Tenure> TenureMinimumIncome = new(
        (Tenure.Owner, 22), (Tenure.PrivateRent, 40), (Tenure.SocialRent, 31), (Tenure.Free, 4), (Tenure.Other, 2.3),
        (Tenure.Homeless, 0.7));

    /// <summary>Working-age household under the VT income ceiling.</summary>
    public static readonly WeightedTable<Tenure> TenureLowIncome = new(
        (Tenure.Owner, 44), (Tenure.PrivateRent, 37), (Tenure.SocialRent, 14), (Tenure.Free, 3), (Tenure.Other, 1.5),
        (Tenure.Homeless, 0.5));

    /// <summary>Retired household under the VT ceiling: mostly owners who paid off their home.</summary>
    public static readonly WeightedTable<Tenure> TenureLowIncomeRetired = new(
        (Tenure.Owner, 72), (Tenure.PrivateRent, 14), (Tenure.SocialRent, 11), (Tenure.Free, 2), (Tenure.Other, 1));

    public static readonly WeightedTable<Tenure> TenureOthers = new(
        (Tenure.Owner, 82), (Tenure.PrivateRent, 15.8), (Tenure.SocialRent, 1.2), (Tenure.Free, 0.8), (Tenure.Other, 0.2));

    /// <summary>
    /// Main heating by tenure. Flemish marginals, rounded (Woonsurvey; VEA energy surveys): natural gas about
    /// 60%, heating oil about 22%, electric (including heat pumps) about 10%, wood about 4%, bulk propane about
    /// 2%, paraffin stoves about 1%, other (district heating…) about 1%. Owners heat with oil far more often;
    /// social housing is nearly all gas.
    /// </summary>
    public static readonly WeightedTable<HeatingFuel> FuelOwner = new(
        (HeatingFuel.Gas, 55), (HeatingFuel.HeatingOil, 28), (HeatingFuel.Electric, 8), (HeatingFuel.Wood, 5.5),
        (HeatingFuel.PropaneBulk, 2.5), (HeatingFuel.Paraffin, 0.3), (HeatingFuel.Other, 0.7));

    public static readonly WeightedTable<HeatingFuel> FuelPrivateRent = new(
        (HeatingFuel.Gas, 68), (HeatingFuel.HeatingOil, 12), (HeatingFuel.Electric, 13), (HeatingFuel.Wood, 1.5),
        (HeatingFuel.PropaneBulk, 1), (HeatingFuel.Paraffin, 3.5), (HeatingFuel.Other, 1));

    public static readonly WeightedTable<HeatingFuel> FuelSocialRent = new(
        (HeatingFuel.Gas, 82), (HeatingFuel.HeatingOil, 3), (HeatingFuel.Electric, 12), (HeatingFuel.PropaneBulk, 0.5),
        (HeatingFuel.Paraffin, 1), (HeatingFuel.Other, 1.5));

    public static readonly WeightedTable<HeatingFuel> FuelOtherTenure = new(
        (HeatingFuel.Gas, 60), (HeatingFuel.Electric, 20), (HeatingFuel.HeatingOil, 10), (HeatingFuel.Paraffin, 5),
        (HeatingFuel.Other, 5));

    public static WeightedTable<HeatingFuel> FuelFor(Tenure tenure) => tenure switch
    {
        Tenure.Owner => FuelOwner,
        Tenure.PrivateRent => FuelPrivateRent,
        Tenure.SocialRent => FuelSocialRent,
        _ => FuelOtherTenure,
    };

    /// <summary>Social dwellings in blocks with a collective boiler (social tariff category 4).</summary>
    public const double CollectiveHeatingInSocialRent = 0.25;

    /// <summary>Private rent, monthly, reference year 2025: median about 780 € (Woonsurvey 2023, indexed).</summary>
    public const double PrivateRentMedian2025 = 780;
    public const double PrivateRentSigma = 0.28;

    /// <summary>Social rent depends on income: median about 430 € (Wonen in Vlaanderen), floor 150 €.</summary>
    public const double SocialRentMedian2025 = 430;
    public const double SocialRentSigma = 0.35;
    public const double SocialRentFloor = 150;

    /// <summary>Rents follow the health index: about 3% a year.</summary>
    public const double RentYearlyGrowth = 1.03;

    /// <summary>
    /// On the social-housing waiting list: about 180,000 Flemish candidate households (about 6% of all
    /// households, Wonen in Vlaanderen), mostly private tenants, far more often vulnerable ones.
    /// </summary>
    public static double WaitingList(Tenure tenure, bool vulnerable) => tenure switch
    {
        Tenure.PrivateRent => vulnerable ? 0.3 : 0.06,
        Tenure.Free or Tenure.Other or Tenure.Homeless => 0.25,
        Tenure.SocialRent => 0.02, // asked for a transfer to another dwelling
        _ => vulnerable ? 0.02 : 0.001,
    };

    /// <summary>Waiting times: from days to about ten years, the average around four years.</summary>
    public const int WaitingListMaxDays = 3_300;
}
