using TakeUp.Rules.Facts;

namespace TakeUp.Synthetic.Tests;

/// <summary>One population of 100,000 persons, generated once and shared by the tests that measure it.</summary>
internal static class SamplePopulation
{
    public static readonly PopulationOptions Options = new() { Seed = 20250301, Persons = 100_000 };

    private static readonly Lazy<IReadOnlyList<Household>> Lazy = new(() => PopulationGenerator.Generate(Options).ToList());

    public static IReadOnlyList<Household> Households => Lazy.Value;

    public static DateOnly Date => Options.ReferenceDate;

    public static IEnumerable<Member> Members => Households.SelectMany(h => h.Members);
}
