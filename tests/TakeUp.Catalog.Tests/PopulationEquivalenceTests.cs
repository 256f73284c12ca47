using TakeUp.Rules.Compilation;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Populations;
using TakeUp.Rules.Results;
using TakeUp.Synthetic;

namespace TakeUp.Catalog.Tests;

/// <summary>
/// The whole be-vl catalog evaluated over a synthetic population in one pass gives exactly the outcome,
/// action and amount of evaluating each household on its own: with the fused kernel (what ICatalog.Evaluate
/// runs) and with the column evaluator (its reference), which must also agree with each other on doubt.
/// </summary>
public class PopulationEquivalenceTests
{
    [Theory]
    [InlineData("2025-03-01", 11ul, 12_000)]
    [InlineData("2022-09-15", 12ul, 3_000)] // VT still counted for the energy tariff
    [InlineData("2024-01-01", 13ul, 3_000)] // 1 January
    [InlineData("2026-09-15", 14ul, 3_000)] // pro-deo ceilings marked unverified from 2026-09-01
    [InlineData("2024-02-29", 15ul, 2_000)] // a leap day, the day before the internet tariff starts
    public void Population_pass_equals_one_by_one(string date, ulong seed, int households)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var list = PopulationGenerator.Generate(new PopulationOptions { Seed = seed, Households = households, ReferenceDate = day }).ToList();
        Assert.Equal(households, list.Count);
        var population = Population.From(list);
        var fused = BeVl.Catalog.Evaluate(population, day);
        var columns = ((CompiledCatalog)BeVl.Catalog).EvaluateByColumns(population, day);

        var seen = new HashSet<(string, Outcome)>();
        for (int h = 0; h < list.Count; h++)
        {
            var members = list[h].Members.Select(m => m.Id).ToList();
            foreach (var r in BeVl.Catalog.Evaluate(list[h], day, Language.En).Results)
            {
                int row = r.Beneficiary == "household" ? h : population.FirstPersonOf(h) + members.IndexOf(r.Beneficiary);
                var alone = (r.Outcome, r.Action, r.Amount?.Value);
                foreach (var (name, together) in new[] { ("fused", fused), ("columns", columns) })
                {
                    var pass = (together.Outcome(r.Right, row), together.Action(r.Right, row), together.Amount(r.Right, row));
                    Assert.True(alone == pass, $"{list[h].Id} {r.Right}/{r.Beneficiary} on {date}: one by one {alone}, {name} {pass}");
                }
                Assert.True(columns.Doubtful(r.Right, row) == fused.Doubtful(r.Right, row), $"{list[h].Id} {r.Right}/{r.Beneficiary} on {date}: doubt differs");
                seen.Add((r.Right, r.Outcome));
            }
        }
        // A comparison over a population where every right is simply not-eligible would prove little. On the
        // earlier dates some rights did not exist yet (the internet tariff starts 2024-03-01).
        if (day < new DateOnly(2025, 1, 1)) return;
        foreach (var right in BeVl.Catalog.Rights.Select(r => r.Id))
            Assert.True(seen.Count(s => s.Item1 == right) >= 2, $"{right} reaches only {string.Join(", ", seen.Where(s => s.Item1 == right).Select(s => s.Item2))}");
        Assert.Contains(seen, s => s.Item2 == Outcome.Eligible);
        Assert.Contains(seen, s => s.Item2 == Outcome.LikelyEligible);
        Assert.Contains(seen, s => s.Item2 == Outcome.Unknown);
    }
}
