namespace TakeUp.Rules.Binding;

internal sealed record BoundType(ValueKind Kind, CodeSet? Codes = null)
{
    public static readonly BoundType Truth = new(ValueKind.Truth);
    public static readonly BoundType Number = new(ValueKind.Number);
    public static readonly BoundType Date = new(ValueKind.Date);
    public static readonly BoundType Member = new(ValueKind.Member);

    public override string ToString() => Kind switch
    {
        ValueKind.Truth => "a truth (true/false)",
        ValueKind.Number => "a number",
        ValueKind.Date => "a date",
        ValueKind.Code => $"a {Codes!.Name} value",
        _ => "a person",
    };
}
