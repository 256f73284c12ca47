namespace TakeUp.Synthetic.Tests;

public class OptionsTests
{
    [Fact]
    public void Exactly_one_of_persons_and_households_must_be_set()
    {
        Assert.Throws<ArgumentException>(() => new PopulationGenerator(new PopulationOptions()));
        Assert.Throws<ArgumentException>(() => new PopulationGenerator(new PopulationOptions { Persons = 1, Households = 1 }));
    }

    [Theory]
    [InlineData("4402")]
    [InlineData("44O21")]
    [InlineData("")]
    public void A_municipality_needs_a_five_digit_nis_code(string code)
    {
        Assert.Throws<ArgumentException>(() => new PopulationGenerator(
            new PopulationOptions { Persons = 1, Municipalities = [new(code, 1)] }));
    }

    [Fact]
    public void Reference_dates_outside_this_century_and_negative_messiness_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new PopulationGenerator(new PopulationOptions { Persons = 1, ReferenceDate = new(1999, 12, 31) }));
        Assert.Throws<ArgumentException>(() => new PopulationGenerator(new PopulationOptions { Persons = 1, Messiness = -0.1 }));
    }

    [Fact]
    public void Municipalities_are_drawn_in_proportion_to_their_weights()
    {
        var options = new PopulationOptions
        {
            Seed = 6,
            Households = 20_000,
            Municipalities = [new("44021", 2), new("11002", 1), new("24062", 1)],
        };
        var counts = PopulationGenerator.Generate(options).GroupBy(h => h.Municipality).ToDictionary(g => g.Key!, g => g.Count());
        Assert.InRange(counts["44021"] / 20_000.0, 0.48, 0.52);
        Assert.InRange(counts["11002"] / 20_000.0, 0.23, 0.27);
        Assert.InRange(counts["24062"] / 20_000.0, 0.23, 0.27);
    }

    [Fact]
    public void Another_reference_date_moves_ages_income_years_and_the_pension_age()
    {
        var date = new DateOnly(2031, 6, 15);
        var households = PopulationGenerator.Generate(new PopulationOptions { Seed = 2, Persons = 30_000, ReferenceDate = date }).ToList();
        var members = households.SelectMany(h => h.Members).ToList();
        Assert.All(members.Where(m => m.BirthDate.IsKnown), m => Assert.True(m.BirthDate.Value <= date));
        Assert.Contains(members.Where(m => m.Incomes is not null).SelectMany(m => m.Incomes!), i => i.Year == 2029);
        // Pension age 67 from February 2030: at 66 only early retirees are pensioners; from 68 everyone with fresh statuses.
        double PensionerShare(int age)
        {
            // Known statuses ("none" included), confirmed within the year, outside asylum reception.
            var group = members.Where(m => m.BirthDate.Value is { } b && Ages.On(b, date) == age && m.Statuses is not null
                && m.Statuses.All(s => s.AsOf >= date.AddYears(-1) && s.Status != Rules.Facts.StatusCode.LocalReception)).ToList();
            return group.Count(m => m.Statuses!.Any(s => s.Status == Rules.Facts.StatusCode.Pensioner && s.HoldsOn(date))) / (double)group.Count;
        }
        Assert.InRange(PensionerShare(66), 0.15, 0.45);
        Assert.Equal(1.0, PensionerShare(68));
    }
}
