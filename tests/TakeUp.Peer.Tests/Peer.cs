using System.Globalization;
using TakeUp.Rules.Catalogs;
using TakeUp.Rules.Facts;

namespace TakeUp.Peer.Tests;

/// <summary>Where the peer workload's catalog and sample are, and a catalog compiled once for all tests.</summary>
internal static class Peer
{
    private static readonly Lazy<ICatalog> Compiled = new(() =>
    {
        var result = CatalogCompiler.Compile(CatalogFolder);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Catalog!;
    });

    private static readonly Lazy<PeerData> LoadedSample = new(() => PeerFiles.Load(SamplePersons, SampleHouseholds, PeerLaw.Date));

    public static string CatalogFolder => Path.Combine(RepositoryPaths.Root, "bench", "catalogs", "peer-toy");

    public static string SampleFolder => Path.Combine(RepositoryPaths.Root, "bench", "peer", "sample-100k");

    public static string SharedSampleFolder => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "bench", "sample-100k"));

    public static string SamplePersons => Path.Combine(SampleFolder, "persons.csv");

    public static string SampleHouseholds => Path.Combine(SampleFolder, "households.csv");

    public static ICatalog Catalog => Compiled.Value;

    public static PeerData Sample => LoadedSample.Value;

    public static PeerOutputs Engine(PeerData data, int? threads = null) =>
        PeerOutputs.FromEngine(Catalog.Evaluate(data.Population, PeerLaw.Date, threads), data.Persons, data.Households);

    public static PeerOutputs Hand(PeerData data, int threads = 1) =>
        PeerByHand.Evaluate(data.Population, PeerLaw.Date, PeerLaw.ParametersOn(PeerLaw.Date), threads);

    /// <summary>A fresh folder under the test run's temp folder.</summary>
    public static string TempFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "takeup-peer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// The households of a pair of files as contract objects, read with a plain string split: a second,
    /// deliberately simple reading of the files, for evaluating households one by one.
    /// </summary>
    public static List<Household> Households(string personsFile, string householdsFile, DateOnly date)
    {
        var members = File.ReadLines(personsFile).Skip(1).Select(l => l.Split(',')).GroupBy(f => f[1]).ToDictionary(g => g.Key, g => g.ToList());
        var fuels = new Dictionary<string, HeatingFuel>
        {
            ["natural_gas"] = HeatingFuel.Gas, ["electricity"] = HeatingFuel.Electric, ["heating_oil"] = HeatingFuel.HeatingOil,
            ["heat_pump"] = HeatingFuel.Electric, ["wood_pellets"] = HeatingFuel.Wood, ["district_heating"] = HeatingFuel.Other,
        };
        var households = new List<Household>();
        foreach (var row in File.ReadLines(householdsFile).Skip(1).Select(l => l.Split(',')))
        {
            var people = members[row[0]].Select((f, i) => new Member(f[0], i == 0 ? Relation.Reference : f[2] == "adult" ? Relation.Partner : Relation.Child)
            {
                BirthDate = DateOnly.ParseExact(f[3], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Incomes = f[4] == "0" ? [] : [new IncomeRecord(IncomeKind.Employment, date.Year - 1, decimal.Parse(f[4], CultureInfo.InvariantCulture))],
                Statuses = new[] { (f[5], StatusCode.Leefloon), (f[6], StatusCode.Igo), (f[7], StatusCode.DebtMediation) }
                    .Where(s => s.Item1 == "1").Select(s => new StatusRecord(s.Item2, new DateOnly(1900, 1, 1))).ToList(),
            }).ToList();
            households.Add(new Household(row[0], people) { Housing = new Housing { HeatingFuel = fuels[row[1]] } });
        }
        return households;
    }
}
