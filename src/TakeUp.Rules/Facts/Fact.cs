namespace TakeUp.Rules.Facts;

/// <summary>
/// One fact about a household or a person, with where it came from. A fact whose value is null is
/// unknown: the engine never replaces it by a default, because "we do not know" and "no" lead to
/// different actions (ask versus refuse).
/// </summary>
public readonly record struct Fact<T>(T? Value, FactSource? Source = null, DateOnly? AsOf = null)
    where T : struct
{
    public static Fact<T> Unknown => default;

    public bool IsKnown => Value.HasValue;

    public static implicit operator Fact<T>(T value) => new(value);
}
