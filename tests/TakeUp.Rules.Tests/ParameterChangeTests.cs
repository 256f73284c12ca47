using TakeUp.Rules.Catalogs;
using static TakeUp.Rules.Tests.ToyLaw.Toy;

namespace TakeUp.Rules.Tests;

/// <summary>What a population run quotes when the law's figures changed between two evaluation dates.</summary>
public class ParameterChangeTests
{
    [Fact]
    public void The_parameters_a_right_reads_are_listed_with_both_values_when_they_differ()
    {
        var changes = Catalog.ParameterChanges("toy-allowance", D("2023-06-01"), D("2024-06-01"));
        Assert.Equal(["ceiling.base", "ceiling.per_member"], changes.Select(c => c.Path));
        Assert.Equal(25200m, changes[0].Before);
        Assert.Equal(26000m, changes[0].After);
        Assert.Equal("EUR/year", changes[0].Unit);
        Assert.Equal("Toy Act art. 1", changes[0].Legal);
    }

    [Fact]
    public void Equal_values_are_no_change_and_a_date_where_the_law_is_not_encoded_says_so()
    {
        Assert.Empty(Catalog.ParameterChanges("toy-allowance", D("2024-02-01"), D("2024-11-30")));
        var gap = Catalog.ParameterChanges("toy-allowance", D("2025-06-01"), D("2030-06-01")).Single(c => c.Path == "ceiling.base");
        Assert.Null(gap.After);
        Assert.Contains("26000 → not encoded EUR/year", gap.ToString());
    }

    [Fact]
    public void A_right_that_does_not_read_a_changed_parameter_lists_nothing()
    {
        // toy-card reads card.monthly only, which has one value since 2023; the ceilings changed in 2024.
        Assert.Empty(Catalog.ParameterChanges("toy-card", D("2023-06-01"), D("2024-06-01")));
        Assert.Throws<ArgumentException>(() => Catalog.ParameterChanges("no-such-right", D("2023-06-01"), D("2024-06-01")));
    }
}
