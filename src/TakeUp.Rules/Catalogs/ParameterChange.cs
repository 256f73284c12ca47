namespace TakeUp.Rules.Catalogs;

/// <summary>
/// A legal parameter whose value differs between two evaluation dates (a yearly indexation, a new ceiling):
/// what a population run quotes when an outcome changed because the law's figures did. Null is "not encoded
/// for that date".
/// </summary>
public sealed record ParameterChange(string Path, decimal? Before, decimal? After, string Unit, string Legal)
{
    public override string ToString() =>
        $"parameter {Path} {Text(Before)} → {Text(After)} {Unit} ({Legal})";

    private static string Text(decimal? value) =>
        value is { } v ? v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "not encoded";
}
