using TakeUp.Rules.Compilation;
using TakeUp.Rules.Populations;
using TakeUp.Rules.Populations.Fusion;
using TakeUp.Rules.Tests.ToyLaw;

namespace TakeUp.Rules.Tests;

/// <summary>
/// The speculative kernel (for households whose facts carry no flag, see FusedKernel) gives exactly the general
/// kernel's columns, on a population that mixes households it decides with households it must hand back.
/// </summary>
public class SpeculativeKernelTests
{
    [Theory]
    [InlineData("2024-06-01", 11)]
    [InlineData("2030-06-01", 12)] // parameters not encoded: flags from the law in every household
    [InlineData("2019-06-01", 13)]
    public void Speculative_kernel_equals_the_general_kernel(string date, int seed)
    {
        var households = AdversarialHouseholds.Make(3_000, seed);
        var day = Toy.D(date);
        var population = Population.From(households);
        var catalog = (CompiledCatalog)Toy.Catalog;
        foreach (int nodesPerLoop in new[] { 60, 1 })
        {
            var statistics = new KernelStatistics();
            var speculative = FusedEvaluator.Evaluate(FusedKernel.Compile(catalog, day, nodesPerLoop), catalog, population, day, statistics: statistics);
            var general = FusedEvaluator.Evaluate(FusedKernel.Compile(catalog, day, nodesPerLoop, speculate: false), catalog, population, day);
            Assert.True(statistics.Speculated > 0, "the speculative kernel never ran");
            Assert.True(statistics.Redone > 0, "no household was handed back to the general kernel: the comparison proves little");
            KernelAssert.Equal(catalog, population, general, speculative);
        }
    }
}

/// <summary>Every column of two population results, row by row.</summary>
internal static class KernelAssert
{
    public static void Equal(CompiledCatalog catalog, Population population, PopulationResult expected, PopulationResult actual)
    {
        foreach (var right in catalog.Ordered)
        {
            int rows = right.IsPersonLevel ? population.PersonCount : population.HouseholdCount;
            for (int row = 0; row < rows; row++)
            {
                var e = (expected.Outcome(right.Id, row), expected.Action(right.Id, row), expected.Amount(right.Id, row), expected.Doubtful(right.Id, row));
                var a = (actual.Outcome(right.Id, row), actual.Action(right.Id, row), actual.Amount(right.Id, row), actual.Doubtful(right.Id, row));
                if (e != a) Assert.Fail($"{right.Id} row {row}: general {e}, speculative {a}");
            }
        }
    }
}
