namespace TakeUp.Imports.Mutations;

/// <summary>The names of the mutations format (docs/data-formats.md).</summary>
public static class MutationsFormat
{
    public const string Version = "takeup.mutations/v1";
    public const string End = "end";

    public static IReadOnlyList<string> Operations { get; } =
    [
        "upsert-household", "remove-household", "upsert-person", "remove-person", "set-statuses", "add-status",
        "end-status", "set-incomes", "upsert-income", "remove-income",
    ];
}
