namespace TakeUp.Synthetic.Tests;

public class InszTests
{
    [Fact]
    public void Every_insz_passes_the_checksum_for_its_century()
    {
        foreach (var m in SamplePopulation.Members.Where(m => m.Insz is not null))
        {
            Assert.True(Insz.HasValidChecksum(m.Insz!, out bool from2000), $"checksum fails: {m.Insz}");
            if (m.BirthDate.Value is { } birth) Assert.Equal(birth.Year >= 2000, from2000);
        }
    }

    [Fact]
    public void Insz_numbers_are_unique_in_the_population()
    {
        var numbers = SamplePopulation.Members.Where(m => m.Insz is not null).Select(m => m.Insz!).ToList();
        Assert.True(numbers.Count > 95_000);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void Insz_encodes_the_birth_date_and_a_valid_serial()
    {
        foreach (var m in SamplePopulation.Members.Where(m => m.Insz is not null && m.BirthDate.IsKnown))
        {
            Assert.True(Insz.MatchesBirthDate(m.Insz!, m.BirthDate.Value!.Value), $"{m.Insz} vs {m.BirthDate.Value}");
            Assert.InRange(Insz.Serial(m.Insz!), 1, 997);
        }
    }

    [Fact]
    public void Both_sexes_occur_in_about_equal_numbers()
    {
        var serials = SamplePopulation.Members.Where(m => m.Insz is not null).Select(m => Insz.Serial(m.Insz!)).ToList();
        double men = serials.Count(s => s % 2 == 1) / (double)serials.Count;
        Assert.InRange(men, 0.46, 0.54);
    }

    [Fact]
    public void Bis_numbers_go_to_people_on_the_other_residence_ground()
    {
        var bis = SamplePopulation.Members.Where(m => m.Insz is not null && int.Parse(m.Insz![2..4]) > 40).ToList();
        Assert.NotEmpty(bis);
        Assert.All(bis, m => Assert.Equal(Rules.Facts.Residence.Other, m.Residence.Value ?? Rules.Facts.Residence.Other));
    }
}
