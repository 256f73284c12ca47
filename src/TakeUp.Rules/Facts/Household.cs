namespace TakeUp.Rules.Facts;

/// <summary>A household on the date of evaluation, as the contract describes it.</summary>
public sealed record Household(string Id, IReadOnlyList<Member> Members)
{
    /// <summary>NIS code of the municipality of residence (5 digits), if known.</summary>
    public string? Municipality { get; init; }

    public Housing Housing { get; init; } = new();
}
