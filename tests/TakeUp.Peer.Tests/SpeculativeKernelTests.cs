using TakeUp.Rules.Compilation;
using TakeUp.Rules.Populations.Fusion;

namespace TakeUp.Peer.Tests;

/// <summary>
/// The peer files cannot say "unknown" and carry no stale fact, so the engine's speculative kernel (see
/// FusedKernel) decides every household of the sample by itself, and gives what the general kernel gives.
/// </summary>
public class SpeculativeKernelTests
{
    [Fact]
    public void The_speculative_kernel_decides_every_household_of_the_sample_as_the_general_kernel_does()
    {
        var catalog = (CompiledCatalog)Peer.Catalog;
        var population = Peer.Sample.Population;
        var date = PeerLaw.Date;
        var statistics = new KernelStatistics();
        var speculative = FusedEvaluator.Evaluate(FusedKernel.Compile(catalog, date), catalog, population, date, statistics: statistics);
        Assert.Equal(population.HouseholdCount, statistics.Speculated);
        Assert.Equal(0, statistics.Redone);

        var general = FusedEvaluator.Evaluate(FusedKernel.Compile(catalog, date, speculate: false), catalog, population, date);
        foreach (var right in catalog.Ordered)
        {
            int rows = right.IsPersonLevel ? population.PersonCount : population.HouseholdCount;
            for (int row = 0; row < rows; row++)
            {
                var g = (general.Outcome(right.Id, row), general.Action(right.Id, row), general.Amount(right.Id, row), general.Doubtful(right.Id, row));
                var s = (speculative.Outcome(right.Id, row), speculative.Action(right.Id, row), speculative.Amount(right.Id, row), speculative.Doubtful(right.Id, row));
                if (g != s) Assert.Fail($"{right.Id} row {row}: general {g}, speculative {s}");
            }
        }
    }
}
