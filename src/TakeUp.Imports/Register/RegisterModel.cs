using TakeUp.Data.Register;

namespace TakeUp.Imports.Register;

/// <summary>A household with its persons, their statuses and incomes: the unit an import compares and rewrites.</summary>
internal sealed class RegisterHousehold(HouseholdRow row)
{
    public HouseholdRow Row { get; } = row;
    public List<RegisterPerson> Persons { get; } = [];
    public string Id => Row.HouseholdId;

    /// <summary>The line of the record that introduced it, for reports (0 when read from the database).</summary>
    public int Line { get; init; }

    public RegisterHousehold Clone()
    {
        var copy = new RegisterHousehold(Copy(Row)) { Line = Line };
        foreach (var person in Persons) copy.Persons.Add(person.Clone());
        return copy;
    }

    private static HouseholdRow Copy(HouseholdRow r) => new()
    {
        Municipality = r.Municipality, HouseholdId = r.HouseholdId,
        Tenure = r.Tenure, TenureSource = r.TenureSource, TenureAsOf = r.TenureAsOf,
        CollectiveHeating = r.CollectiveHeating, CollectiveHeatingSource = r.CollectiveHeatingSource, CollectiveHeatingAsOf = r.CollectiveHeatingAsOf,
        HeatingFuel = r.HeatingFuel, HeatingFuelSource = r.HeatingFuelSource, HeatingFuelAsOf = r.HeatingFuelAsOf,
        MonthlyRent = r.MonthlyRent, MonthlyRentSource = r.MonthlyRentSource, MonthlyRentAsOf = r.MonthlyRentAsOf,
        WaitingListSince = r.WaitingListSince, WaitingListSinceSource = r.WaitingListSinceSource, WaitingListSinceAsOf = r.WaitingListSinceAsOf,
        PendingChanges = r.PendingChanges, ChangedByImport = r.ChangedByImport, ChangeNumber = r.ChangeNumber,
    };
}

internal sealed class RegisterPerson(PersonRow row)
{
    public PersonRow Row { get; } = row;
    public List<StatusRow> Statuses { get; } = [];
    public List<IncomeRow> Incomes { get; } = [];
    public string Id => Row.PersonId;
    public int Line { get; init; }

    public RegisterPerson Clone()
    {
        var r = Row;
        var copy = new RegisterPerson(new PersonRow
        {
            Municipality = r.Municipality, PersonId = r.PersonId, HouseholdId = r.HouseholdId, Insz = r.Insz,
            Relation = r.Relation, PartnerKind = r.PartnerKind,
            BirthDate = r.BirthDate, BirthDateSource = r.BirthDateSource, BirthDateAsOf = r.BirthDateAsOf,
            Dependent = r.Dependent, DependentSource = r.DependentSource, DependentAsOf = r.DependentAsOf,
            RegisteredAtAddress = r.RegisteredAtAddress, RegisteredAtAddressSource = r.RegisteredAtAddressSource, RegisteredAtAddressAsOf = r.RegisteredAtAddressAsOf,
            Residence = r.Residence, ResidenceSource = r.ResidenceSource, ResidenceAsOf = r.ResidenceAsOf,
            RecognitionPercent = r.RecognitionPercent, RecognitionPercentSource = r.RecognitionPercentSource, RecognitionPercentAsOf = r.RecognitionPercentAsOf,
            Pillar1Points = r.Pillar1Points, Pillar1PointsSource = r.Pillar1PointsSource, Pillar1PointsAsOf = r.Pillar1PointsAsOf,
            ZorgtoeslagPoints = r.ZorgtoeslagPoints, ZorgtoeslagPointsSource = r.ZorgtoeslagPointsSource, ZorgtoeslagPointsAsOf = r.ZorgtoeslagPointsAsOf,
            AbroadDaysLastYear = r.AbroadDaysLastYear, AbroadDaysLastYearSource = r.AbroadDaysLastYearSource, AbroadDaysLastYearAsOf = r.AbroadDaysLastYearAsOf,
            StatusesKnown = r.StatusesKnown, IncomesKnown = r.IncomesKnown,
        }) { Line = Line };
        foreach (var s in Statuses)
            copy.Statuses.Add(new StatusRow { Municipality = s.Municipality, PersonId = s.PersonId, Status = s.Status, Since = s.Since, Until = s.Until, Source = s.Source, AsOf = s.AsOf });
        foreach (var i in Incomes)
            copy.Incomes.Add(new IncomeRow { Municipality = i.Municipality, PersonId = i.PersonId, Kind = i.Kind, Year = i.Year, GrossTaxable = i.GrossTaxable, NetMonthly = i.NetMonthly, Source = i.Source, AsOf = i.AsOf });
        return copy;
    }
}
