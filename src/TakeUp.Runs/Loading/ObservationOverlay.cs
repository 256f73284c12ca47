using System.Globalization;
using TakeUp.Data.Register;
using TakeUp.Rules.Facts;

namespace TakeUp.Runs.Loading;

/// <summary>
/// Lays a worker's observations over the register's facts, field by field, by <see cref="FactPrecedence"/>:
/// the observation is used when it is at least as recent as the register's fact. Field names and value texts
/// are those of the snapshot format (docs/data-formats.md; dates yyyy-MM-dd, true/false, codes).
/// </summary>
public static class ObservationOverlay
{
    public static Member Apply(Member member, IEnumerable<ObservedFact> observations)
    {
        foreach (var o in observations)
        {
            var source = o.Source == "home-visit" ? FactSource.HomeVisit : FactSource.Worker;
            member = o.Field switch
            {
                "birth_date" => member with { BirthDate = Pick(member.BirthDate, o, DateOnly.ParseExact(o.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture), source) },
                "dependent" => member with { Dependent = Pick(member.Dependent, o, bool.Parse(o.Value), source) },
                "registered_at_address" => member with { RegisteredAtAddress = Pick(member.RegisteredAtAddress, o, bool.Parse(o.Value), source) },
                "residence" => member with { Residence = Pick(member.Residence, o, HouseholdReader.Code<Residence>(o.Value), source) },
                "recognition_percent" => member with { RecognitionPercent = Pick(member.RecognitionPercent, o, decimal.Parse(o.Value, CultureInfo.InvariantCulture), source) },
                "pillar1_points" => member with { Pillar1Points = Pick(member.Pillar1Points, o, int.Parse(o.Value, CultureInfo.InvariantCulture), source) },
                "zorgtoeslag_points" => member with { ZorgtoeslagPoints = Pick(member.ZorgtoeslagPoints, o, int.Parse(o.Value, CultureInfo.InvariantCulture), source) },
                "abroad_days_last_year" => member with { AbroadDaysLastYear = Pick(member.AbroadDaysLastYear, o, int.Parse(o.Value, CultureInfo.InvariantCulture), source) },
                _ => throw new InvalidDataException($"observation {o.ObservationId}: '{o.Field}' is not an observable person fact"),
            };
        }
        return member;
    }

    public static Housing Apply(Housing housing, IEnumerable<ObservedFact> observations)
    {
        foreach (var o in observations)
        {
            var source = o.Source == "home-visit" ? FactSource.HomeVisit : FactSource.Worker;
            housing = o.Field switch
            {
                "tenure" => housing with { Tenure = Pick(housing.Tenure, o, HouseholdReader.Code<Tenure>(o.Value), source) },
                "collective_heating" => housing with { CollectiveHeating = Pick(housing.CollectiveHeating, o, bool.Parse(o.Value), source) },
                "heating_fuel" => housing with { HeatingFuel = Pick(housing.HeatingFuel, o, HouseholdReader.Code<HeatingFuel>(o.Value), source) },
                "monthly_rent" => housing with { MonthlyRent = Pick(housing.MonthlyRent, o, decimal.Parse(o.Value, CultureInfo.InvariantCulture), source) },
                "waiting_list_since" => housing with { WaitingListSince = Pick(housing.WaitingListSince, o, DateOnly.ParseExact(o.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture), source) },
                _ => throw new InvalidDataException($"observation {o.ObservationId}: '{o.Field}' is not an observable household fact"),
            };
        }
        return housing;
    }

    private static Fact<T> Pick<T>(Fact<T> register, ObservedFact observation, T observed, FactSource source) where T : struct =>
        FactPrecedence.ObservationWins(observation.ObservedOn, register.IsKnown ? register.AsOf : null)
            ? new Fact<T>(observed, source, observation.ObservedOn)
            : register;
}
