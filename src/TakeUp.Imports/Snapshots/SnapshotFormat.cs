namespace TakeUp.Imports.Snapshots;

/// <summary>The names of the snapshot format (docs/data-formats.md): files and their columns.</summary>
public static class SnapshotFormat
{
    public const string Version = "takeup.snapshot/v1";
    public const string ManifestFile = "manifest.json";
    public const string HouseholdsFile = "households.csv";
    public const string PersonsFile = "persons.csv";
    public const string StatusesFile = "statuses.csv";
    public const string IncomesFile = "incomes.csv";

    public static IReadOnlyList<string> DataFiles { get; } = [HouseholdsFile, PersonsFile, StatusesFile, IncomesFile];

    public static IReadOnlyList<string> HouseholdColumns { get; } =
        ["household_id", .. WithProvenance(Register.FactFields.Household.Select(f => f.Name))];

    public static IReadOnlyList<string> PersonColumns { get; } =
        ["person_id", "household_id", "insz", "relation", "partner_kind",
         .. WithProvenance(Register.FactFields.Person.Select(f => f.Name)), "statuses_known", "incomes_known"];

    public static IReadOnlyList<string> StatusColumns { get; } = ["person_id", "status", "since", "until", "source", "as_of"];

    public static IReadOnlyList<string> IncomeColumns { get; } = ["person_id", "kind", "year", "gross_taxable", "net_monthly", "source", "as_of"];

    public static IReadOnlyList<string> Columns(string file) => file switch
    {
        HouseholdsFile => HouseholdColumns,
        PersonsFile => PersonColumns,
        StatusesFile => StatusColumns,
        IncomesFile => IncomeColumns,
        _ => throw new ArgumentException(file),
    };

    private static IEnumerable<string> WithProvenance(IEnumerable<string> facts) =>
        facts.SelectMany(f => new[] { f, f + "_source", f + "_as_of" });
}
