using TakeUp.Data.Register;
using TakeUp.Imports.Validation;
using TakeUp.Rules.Facts;

namespace TakeUp.Imports.Register;

/// <summary>
/// One fact with provenance of a household or a person: its name in the formats (also the observed_facts
/// field name), its database column, its kind of value, and how to read and set it with its source and as_of
/// on the row. Diffs, conflicts, observations and both readers go through this one table.
/// </summary>
internal sealed class FactField<TRow>(
    string name, string column, ValueSpec spec,
    Func<TRow, object?> get, Action<TRow, object?> set,
    Func<TRow, string?> getSource, Action<TRow, string?> setSource,
    Func<TRow, DateOnly?> getAsOf, Action<TRow, DateOnly?> setAsOf)
{
    public string Name { get; } = name;
    public string Column { get; } = column;
    public ValueSpec Spec { get; } = spec;

    public object? Get(TRow row) => get(row);
    public string? Source(TRow row) => getSource(row);
    public DateOnly? AsOf(TRow row) => getAsOf(row);

    public void Set(TRow row, object? value, string? source, DateOnly? asOf)
    {
        set(row, value);
        setSource(row, source);
        setAsOf(row, asOf);
    }

    /// <summary>The canonical text of the value, or null when unknown.</summary>
    public string? Text(TRow row) => get(row) is { } value ? Spec.Format(value) : null;

    public bool SameValue(TRow a, TRow b) => Equals(get(a), get(b));

    public bool SameProvenance(TRow a, TRow b) => getSource(a) == getSource(b) && getAsOf(a) == getAsOf(b);
}

internal static class FactFields
{
    public static readonly FactField<HouseholdRow>[] Household =
    [
        new("tenure", "tenure", new CodeSpec<Tenure>(),
            r => r.Tenure, (r, v) => r.Tenure = (string?)v, r => r.TenureSource, (r, v) => r.TenureSource = v,
            r => r.TenureAsOf, (r, v) => r.TenureAsOf = v),
        new("collective_heating", "collective_heating", BoolSpec.Instance,
            r => r.CollectiveHeating, (r, v) => r.CollectiveHeating = (bool?)v, r => r.CollectiveHeatingSource, (r, v) => r.CollectiveHeatingSource = v,
            r => r.CollectiveHeatingAsOf, (r, v) => r.CollectiveHeatingAsOf = v),
        new("heating_fuel", "heating_fuel", new CodeSpec<HeatingFuel>(),
            r => r.HeatingFuel, (r, v) => r.HeatingFuel = (string?)v, r => r.HeatingFuelSource, (r, v) => r.HeatingFuelSource = v,
            r => r.HeatingFuelAsOf, (r, v) => r.HeatingFuelAsOf = v),
        new("monthly_rent", "monthly_rent", new DecimalSpec(0, 1_000_000),
            r => r.MonthlyRent, (r, v) => r.MonthlyRent = (decimal?)v, r => r.MonthlyRentSource, (r, v) => r.MonthlyRentSource = v,
            r => r.MonthlyRentAsOf, (r, v) => r.MonthlyRentAsOf = v),
        new("waiting_list_since", "waiting_list_since", DateSpec.Instance,
            r => r.WaitingListSince, (r, v) => r.WaitingListSince = (DateOnly?)v, r => r.WaitingListSinceSource, (r, v) => r.WaitingListSinceSource = v,
            r => r.WaitingListSinceAsOf, (r, v) => r.WaitingListSinceAsOf = v),
    ];

    public static readonly FactField<PersonRow>[] Person =
    [
        new("birth_date", "birth_date", DateSpec.Instance,
            r => r.BirthDate, (r, v) => r.BirthDate = (DateOnly?)v, r => r.BirthDateSource, (r, v) => r.BirthDateSource = v,
            r => r.BirthDateAsOf, (r, v) => r.BirthDateAsOf = v),
        new("dependent", "dependent", BoolSpec.Instance,
            r => r.Dependent, (r, v) => r.Dependent = (bool?)v, r => r.DependentSource, (r, v) => r.DependentSource = v,
            r => r.DependentAsOf, (r, v) => r.DependentAsOf = v),
        new("registered_at_address", "registered_at_address", BoolSpec.Instance,
            r => r.RegisteredAtAddress, (r, v) => r.RegisteredAtAddress = (bool?)v, r => r.RegisteredAtAddressSource, (r, v) => r.RegisteredAtAddressSource = v,
            r => r.RegisteredAtAddressAsOf, (r, v) => r.RegisteredAtAddressAsOf = v),
        new("residence", "residence", new CodeSpec<Residence>(),
            r => r.Residence, (r, v) => r.Residence = (string?)v, r => r.ResidenceSource, (r, v) => r.ResidenceSource = v,
            r => r.ResidenceAsOf, (r, v) => r.ResidenceAsOf = v),
        new("recognition_percent", "recognition_percent", new DecimalSpec(0, 100),
            r => r.RecognitionPercent, (r, v) => r.RecognitionPercent = (decimal?)v, r => r.RecognitionPercentSource, (r, v) => r.RecognitionPercentSource = v,
            r => r.RecognitionPercentAsOf, (r, v) => r.RecognitionPercentAsOf = v),
        new("pillar1_points", "pillar_1_points", new IntSpec(0, 999),
            r => r.Pillar1Points, (r, v) => r.Pillar1Points = (int?)v, r => r.Pillar1PointsSource, (r, v) => r.Pillar1PointsSource = v,
            r => r.Pillar1PointsAsOf, (r, v) => r.Pillar1PointsAsOf = v),
        new("zorgtoeslag_points", "zorgtoeslag_points", new IntSpec(0, 999),
            r => r.ZorgtoeslagPoints, (r, v) => r.ZorgtoeslagPoints = (int?)v, r => r.ZorgtoeslagPointsSource, (r, v) => r.ZorgtoeslagPointsSource = v,
            r => r.ZorgtoeslagPointsAsOf, (r, v) => r.ZorgtoeslagPointsAsOf = v),
        new("abroad_days_last_year", "abroad_days_last_year", new IntSpec(0, 366),
            r => r.AbroadDaysLastYear, (r, v) => r.AbroadDaysLastYear = (int?)v, r => r.AbroadDaysLastYearSource, (r, v) => r.AbroadDaysLastYearSource = v,
            r => r.AbroadDaysLastYearAsOf, (r, v) => r.AbroadDaysLastYearAsOf = v),
    ];

    public static readonly ValueSpec Relation = new CodeSpec<Relation>();
    public static readonly ValueSpec PartnerKind = new CodeSpec<PartnerKind>();
    public static readonly ValueSpec Status = new CodeSpec<StatusCode>();
    public static readonly ValueSpec IncomeKind = new CodeSpec<IncomeKind>();
    public static readonly ValueSpec Year = new IntSpec(1900, 2100);
    public static readonly ValueSpec Income = new DecimalSpec(0, 1_000_000_000);

    public static FactField<HouseholdRow>? HouseholdField(string name) => Household.FirstOrDefault(f => f.Name == name);

    public static FactField<PersonRow>? PersonField(string name) => Person.FirstOrDefault(f => f.Name == name);
}
