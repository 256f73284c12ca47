using TakeUp.Rules.Facts;
using TakeUp.Rules.Populations;
using TakeUp.Rules.Results;

namespace TakeUp.Peer.Tests;

/// <summary>The toy law as a catalog, by hand, and as the sample's independent expected columns: all equal.</summary>
public class ToyLawTests
{
    [Fact]
    public void The_sample_in_the_repository_is_the_shared_sample()
    {
        Assert.True(File.Exists(Peer.SamplePersons), $"the sample is expected at {Peer.SampleFolder}");
        if (!Directory.Exists(Peer.SharedSampleFolder)) return; // shared/ is not beside every clone
        foreach (var file in new[] { "persons.csv", "households.csv" })
            Assert.True(File.ReadAllBytes(Path.Combine(Peer.SampleFolder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Peer.SharedSampleFolder, file))),
                $"bench/peer/sample-100k/{file} differs from shared/bench/sample-100k/{file}");
    }

    [Fact]
    public void The_sample_carries_every_expected_column()
    {
        var data = Peer.Sample;
        Assert.Equal(100_000, data.Persons);
        Assert.Equal(45_488, data.Households);
        var e = data.Expected;
        Assert.NotNull(e.Age);
        Assert.NotNull(e.UitpasReduced);
        Assert.NotNull(e.Vt);
        Assert.NotNull(e.SocialEnergyTariff);
        Assert.NotNull(e.HeatingAllowance);
        // Not a degenerate sample: every output takes both values.
        Assert.Contains((byte)0, e.Vt!);
        Assert.Contains((byte)1, e.HeatingAllowance!);
    }

    [Fact]
    public void The_engine_gives_the_expected_columns_of_the_sample()
    {
        var comparison = Peer.Engine(Peer.Sample).Compare(Peer.Sample.Expected, Peer.Sample.Population);
        Assert.True(comparison.Equal, comparison.ToString());
        Assert.Equal(5, comparison.Compared);
    }

    [Fact]
    public void The_hand_written_law_gives_the_expected_columns_of_the_sample()
    {
        var comparison = Peer.Hand(Peer.Sample).Compare(Peer.Sample.Expected, Peer.Sample.Population);
        Assert.True(comparison.Equal, comparison.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Engine_and_hand_agree_row_by_row_whatever_the_threads(int threads)
    {
        var data = Peer.Sample;
        var comparison = Peer.Engine(data, threads).Compare(Peer.Hand(data, threads), data.Population);
        Assert.True(comparison.Equal, comparison.ToString());
    }

    [Fact]
    public void A_difference_is_reported_with_its_row()
    {
        var data = Peer.Sample;
        var hand = Peer.Hand(data);
        hand.Vt[7] ^= 1;
        hand.Age[3] += 1;
        var comparison = Peer.Engine(data).Compare(hand, data.Population);
        Assert.False(comparison.Equal);
        Assert.Equal(1, comparison.Differences["vt"]);
        Assert.Equal(1, comparison.Differences["age"]);
        Assert.Contains(comparison.Examples, e => e.StartsWith("vt of household 7:", StringComparison.Ordinal));
    }

    /// <summary>The population pass against the explainer, one household at a time, on every 50th household.</summary>
    [Fact]
    public void The_population_pass_equals_evaluating_households_one_by_one()
    {
        var data = Peer.Sample;
        var result = Peer.Catalog.Evaluate(data.Population, PeerLaw.Date);
        var households = Peer.Households(Peer.SamplePersons, Peer.SampleHouseholds, PeerLaw.Date);
        Assert.Equal(data.Households, households.Count);
        int checkedResults = 0;
        for (int h = 0; h < households.Count; h += 50)
        {
            var household = households[h];
            foreach (var r in Peer.Catalog.Evaluate(household, PeerLaw.Date, Language.En).Results)
            {
                int row = r.Beneficiary == "household" ? h : data.Population.FirstPersonOf(h) + household.Members.ToList().FindIndex(m => m.Id == r.Beneficiary);
                Assert.Equal((r.Right, r.Beneficiary, r.Outcome, r.Action, r.Amount?.Value), (r.Right, r.Beneficiary, result.Outcome(r.Right, row), result.Action(r.Right, row), result.Amount(r.Right, row)));
                checkedResults++;
            }
        }
        Assert.True(checkedResults > 2_000, $"only {checkedResults} results compared");
    }

    /// <summary>
    /// The catalog's dated parameters and the ones typed into the hand-written version, at the edge of every
    /// ceiling: a household exactly at the ceiling gets the right, one euro above does not, in 2022, 2023 and 2024.
    /// </summary>
    [Theory]
    [InlineData("2022-01-01")]
    [InlineData("2023-06-30")]
    [InlineData("2024-01-01")]
    [InlineData("2024-12-31")]
    public void Catalog_and_hand_use_the_same_ceilings_on_each_date(string iso)
    {
        var date = DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
        var law = PeerLaw.ParametersOn(date);
        var cases = new List<(int Size, long Income, bool Vt, bool Heating)>();
        for (int size = 1; size <= 3; size++)
        {
            long vt = law.VtBase + law.VtPerAdditionalMember * (size - 1), heating = law.HeatingBase + law.HeatingPerAdditionalMember * (size - 1);
            cases.Add((size, vt, true, vt <= heating));
            cases.Add((size, vt + 1, false, vt + 1 <= heating));
            cases.Add((size, heating, heating <= vt, true));
            cases.Add((size, heating + 1, heating + 1 <= vt, false));
        }
        var b = new PopulationBuilder(cases.Count, cases.Sum(c => c.Size));
        foreach (var (c, i) in cases.Select((c, i) => (c, i)))
        {
            b.AddHousehold($"h{i}");
            b.SetHeatingFuel(HeatingFuel.HeatingOil);
            for (int m = 0; m < c.Size; m++)
            {
                b.AddMember($"p{i}.{m}", m == 0 ? Relation.Reference : Relation.Child, new DateOnly(1990, 1, 1));
                if (m == 0) b.AddIncome(IncomeKind.Employment, PeerLaw.IncomeYear(date), c.Income);
            }
        }
        var population = b.Build();
        var engine = PeerOutputs.FromEngine(Peer.Catalog.Evaluate(population, date), population.PersonCount, population.HouseholdCount);
        var hand = PeerByHand.Evaluate(population, date, law);
        for (int i = 0; i < cases.Count; i++)
        {
            var expected = (cases[i].Vt ? 1 : 0, cases[i].Heating ? 1 : 0);
            Assert.Equal(expected, ((int)engine.Vt[i], (int)engine.HeatingAllowance[i]));
            Assert.Equal(expected, ((int)hand.Vt[i], (int)hand.HeatingAllowance[i]));
        }
    }

    [Fact]
    public void The_law_is_not_encoded_before_2022()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerLaw.ParametersOn(new DateOnly(2021, 12, 31)));
    }
}
