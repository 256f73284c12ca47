using TakeUp.Rules.Facts;
using TakeUp.Rules.Populations;
using TakeUp.Synthetic;

namespace TakeUp.Catalog.Tests;

/// <summary>
/// Loaders that stream rows into a <see cref="PopulationBuilder"/> (population runs over a database) must give
/// the very population <see cref="Population.From"/> lays out from the same households: every right, every row.
/// </summary>
public class PopulationBuilderEquivalenceTests
{
    [Theory]
    [InlineData(5UL, "2025-06-01")]
    [InlineData(9UL, "2026-01-01")]
    public void Streaming_every_fact_into_the_builder_evaluates_as_Population_From(ulong seed, string day)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var households = PopulationGenerator.Generate(new PopulationOptions { Seed = seed, Households = 4000, ReferenceDate = date }).ToList();
        var builder = new PopulationBuilder(households.Count, households.Sum(h => h.Members.Count));
        foreach (var h in households)
        {
            builder.AddHousehold(h.Id);
            builder.SetHousing(h.Housing);
            foreach (var m in h.Members) builder.AddMember(m);
        }
        var streamed = BeVl.Catalog.Evaluate(builder.Build(), date);
        var laidOut = BeVl.Catalog.Evaluate(Population.From(households), date);

        int compared = 0;
        foreach (var right in laidOut.RightIds)
        {
            int rows = laidOut.IsPersonLevel(right) ? households.Sum(h => h.Members.Count) : households.Count;
            for (int row = 0; row < rows; row++, compared++)
            {
                Assert.True(laidOut.Outcome(right, row) == streamed.Outcome(right, row), $"{right} row {row}: outcome differs");
                Assert.True(laidOut.Action(right, row) == streamed.Action(right, row), $"{right} row {row}: action differs");
                Assert.True(laidOut.Amount(right, row) == streamed.Amount(right, row), $"{right} row {row}: amount differs");
                Assert.True(laidOut.Doubtful(right, row) == streamed.Doubtful(right, row), $"{right} row {row}: doubt differs");
            }
        }
        Assert.True(compared > 50_000, $"only {compared} results compared");
    }
}
