using System.Globalization;

namespace TakeUp.Peer.Tests;

public class GeneratorTests
{
    private const int Persons = 200_000;

    private static readonly Lazy<(string Folder, int Households)> Generated = new(() =>
    {
        string folder = Peer.TempFolder();
        return (folder, PeerGenerator.Write(folder, Persons, seed: 7));
    });

    private static string[][] Rows(string file) =>
        File.ReadLines(Path.Combine(Generated.Value.Folder, file)).Skip(1).Select(l => l.Split(',')).ToArray();

    [Fact]
    public void The_same_seed_writes_the_same_files_and_another_seed_others()
    {
        string a = Peer.TempFolder(), b = Peer.TempFolder(), c = Peer.TempFolder();
        PeerGenerator.Write(a, 5_000, seed: 3);
        PeerGenerator.Write(b, 5_000, seed: 3);
        PeerGenerator.Write(c, 5_000, seed: 4);
        foreach (var file in new[] { "persons.csv", "households.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(c, file)));
        }
    }

    [Fact]
    public void A_smaller_population_is_a_prefix_of_a_larger_one_but_for_its_last_household()
    {
        string small = Peer.TempFolder(), large = Peer.TempFolder();
        int households = PeerGenerator.Write(small, 1_000, seed: 5);
        PeerGenerator.Write(large, 3_000, seed: 5);
        var a = File.ReadAllLines(Path.Combine(small, "households.csv"));
        var b = File.ReadAllLines(Path.Combine(large, "households.csv"));
        Assert.Equal(a, b.Take(a.Length));
        var p = File.ReadAllLines(Path.Combine(small, "persons.csv"));
        var q = File.ReadAllLines(Path.Combine(large, "persons.csv"));
        string last = (households - 1).ToString(CultureInfo.InvariantCulture);
        var whole = p.Where(l => l.Split(',')[1] != last).ToArray();
        Assert.Equal(whole, q.Take(whole.Length));
    }

    [Fact]
    public void Writes_exactly_the_persons_asked_in_files_the_loader_accepts()
    {
        var data = PeerFiles.Load(Path.Combine(Generated.Value.Folder, "persons.csv"), Path.Combine(Generated.Value.Folder, "households.csv"), PeerLaw.Date);
        Assert.Equal(Persons, data.Persons);
        Assert.Equal(Generated.Value.Households, data.Households);
        Assert.False(data.Expected.Any);
        var comparison = Peer.Engine(data).Compare(Peer.Hand(data), data.Population);
        Assert.True(comparison.Equal, comparison.ToString());
    }

    [Fact]
    public void Household_sizes_and_heating_follow_the_distribution()
    {
        var persons = Rows("persons.csv");
        var households = Rows("households.csv");
        var sizes = persons.GroupBy(p => p[1]).Select(g => g.Count()).ToList();
        double[] sizeWeights = [0.36, 0.33, 0.14, 0.11, 0.045, 0.015];
        for (int size = 1; size <= 6; size++)
            Near(sizeWeights[size - 1], sizes.Count(s => s == size) / (double)sizes.Count, 0.01, $"share of households of {size}");
        double[] heatingWeights = [0.47, 0.18, 0.10, 0.10, 0.08, 0.07];
        for (int t = 0; t < 6; t++)
            Near(heatingWeights[t], households.Count(h => h[1] == PeerLaw.HeatingTypes[t]) / (double)households.Length, 0.01, PeerLaw.HeatingTypes[t]);
    }

    [Fact]
    public void Members_roles_ages_incomes_and_statuses_follow_the_distribution()
    {
        var persons = Rows("persons.csv");
        var byHousehold = persons.GroupBy(p => p[1]).Select(g => g.ToArray()).ToList();
        Assert.All(byHousehold, h => Assert.Equal("adult", h[0][2]));
        Assert.All(byHousehold.Where(h => h.Length > 2), h => Assert.All(h.Skip(2), m => Assert.Equal("child", m[2])));
        Near(0.75, byHousehold.Where(h => h.Length >= 2).Count(h => h[1][2] == "adult") / (double)byHousehold.Count(h => h.Length >= 2), 0.01, "second member an adult");

        int Age(string[] p)
        {
            var born = DateOnly.ParseExact(p[3], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return PeerLaw.Date.Year - born.Year - (PeerLaw.Date < born.AddYears(PeerLaw.Date.Year - born.Year) ? 1 : 0);
        }
        var adults = persons.Where(p => p[2] == "adult").ToList();
        var children = persons.Where(p => p[2] == "child").ToList();
        Assert.Equal(18, adults.Min(Age));
        Assert.Equal(90, adults.Max(Age));
        Assert.Equal(0, children.Min(Age));
        Assert.Equal(24, children.Max(Age));
        Near((18 + 90) / 2.0, adults.Average(Age), 0.5, "mean adult age");
        Near(12, children.Average(Age), 0.3, "mean child age");

        long Income(string[] p) => long.Parse(p[4], CultureInfo.InvariantCulture);
        Near(0.12, adults.Count(a => Income(a) == 0) / (double)adults.Count, 0.01, "adults without income");
        Near(30_000, Median(adults.Select(Income).Where(i => i > 0)), 600, "median adult income");
        Near(0.10, children.Count(c => Income(c) > 0) / (double)children.Count, 0.01, "children with income");
        Near(6_000, Median(children.Select(Income).Where(i => i > 0)), 400, "median child income");
        // Lognormal spread: the 84th percentile is about median x e^sigma.
        Near(30_000 * Math.Exp(0.7), Percentile(adults.Select(Income).Where(i => i > 0), 0.8413), 2_000, "adult income spread");

        Near(0.05, persons.Count(p => p[5] == "1") / (double)persons.Length, 0.003, "leefloon");
        Near(0.03, persons.Count(p => p[6] == "1") / (double)persons.Length, 0.003, "igo");
        Near(0.02, persons.Count(p => p[7] == "1") / (double)persons.Length, 0.003, "debt_mediation");
    }

    private static double Median(IEnumerable<long> values) => Percentile(values, 0.5);

    private static double Percentile(IEnumerable<long> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)(p * (sorted.Length - 1))];
    }

    private static void Near(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: {actual:F4}, expected {expected:F4} ± {tolerance}");
}
