namespace TakeUp.Synthetic.Tests;

public class CountTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(1_000)]
    [InlineData(12_345)]
    public void Exactly_the_requested_number_of_persons(int persons)
    {
        var households = PopulationGenerator.Generate(new PopulationOptions { Seed = 3, Persons = persons }).ToList();
        Assert.Equal(persons, households.Sum(h => h.Members.Count));
        Assert.All(households, h => Assert.NotEmpty(h.Members));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_321)]
    public void Exactly_the_requested_number_of_households(int count)
    {
        Assert.Equal(count, PopulationGenerator.Generate(new PopulationOptions { Seed = 3, Households = count }).Count());
    }

    [Fact]
    public void Households_stream_lazily()
    {
        // A population far too large to build is fine as long as only its start is read.
        var first = PopulationGenerator.Generate(new PopulationOptions { Seed = 3, Persons = int.MaxValue }).Take(10).ToList();
        Assert.Equal(10, first.Count);
    }
}
