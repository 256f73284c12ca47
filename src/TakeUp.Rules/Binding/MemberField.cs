using TakeUp.Rules.Declarations;

namespace TakeUp.Rules.Binding;

internal enum MemberField
{
    BirthDate, Relation, PartnerKind, Dependent, RegisteredAtAddress, Residence,
    RecognitionPercent, Pillar1Points, ZorgtoeslagPoints, AbroadDaysLastYear,
}

internal enum HouseholdField { Tenure, CollectiveHeating, HeatingFuel, MonthlyRent, WaitingListSince }

/// <summary>The facts a rule can read, with their types, kinds (for freshness) and names in paths.</summary>
internal static class FactFields
{
    public static readonly IReadOnlyDictionary<string, (MemberField Field, BoundType Type, FactKind Kind, string Path)> Member =
        new Dictionary<string, (MemberField, BoundType, FactKind, string)>
        {
            ["birth_date"] = (MemberField.BirthDate, BoundType.Date, FactKind.Register, "birth_date"),
            ["relation"] = (MemberField.Relation, new BoundType(ValueKind.Code, CodeSet.Relation), FactKind.Register, "relation"),
            ["partner_kind"] = (MemberField.PartnerKind, new BoundType(ValueKind.Code, CodeSet.PartnerKind), FactKind.Register, "partner_kind"),
            ["dependent"] = (MemberField.Dependent, BoundType.Truth, FactKind.Register, "dependent"),
            ["registered_at_address"] = (MemberField.RegisteredAtAddress, BoundType.Truth, FactKind.Register, "registered_at_address"),
            ["residence"] = (MemberField.Residence, new BoundType(ValueKind.Code, CodeSet.Residence), FactKind.Register, "residence"),
            ["recognition_percent"] = (MemberField.RecognitionPercent, BoundType.Number, FactKind.Disability, "disability.recognition_percent"),
            ["pillar1_points"] = (MemberField.Pillar1Points, BoundType.Number, FactKind.Disability, "disability.pillar1_points"),
            ["zorgtoeslag_points"] = (MemberField.ZorgtoeslagPoints, BoundType.Number, FactKind.Disability, "disability.zorgtoeslag_points"),
            ["abroad_days_last_year"] = (MemberField.AbroadDaysLastYear, BoundType.Number, FactKind.Register, "abroad_days_last_year"),
        };

    public static readonly IReadOnlyDictionary<string, (HouseholdField Field, BoundType Type, string Path)> Household =
        new Dictionary<string, (HouseholdField, BoundType, string)>
        {
            ["tenure"] = (HouseholdField.Tenure, new BoundType(ValueKind.Code, CodeSet.Tenure), "housing.tenure"),
            ["collective_heating"] = (HouseholdField.CollectiveHeating, BoundType.Truth, "housing.collective_heating"),
            ["heating_fuel"] = (HouseholdField.HeatingFuel, new BoundType(ValueKind.Code, CodeSet.HeatingFuel), "housing.heating_fuel"),
            ["monthly_rent"] = (HouseholdField.MonthlyRent, BoundType.Number, "housing.monthly_rent"),
            ["waiting_list_since"] = (HouseholdField.WaitingListSince, BoundType.Date, "housing.waiting_list_since"),
        };

    public static string PathOf(MemberField field) => Member.Values.First(v => v.Field == field).Path;

    public static string PathOf(HouseholdField field) => Household.Values.First(v => v.Field == field).Path;
}
