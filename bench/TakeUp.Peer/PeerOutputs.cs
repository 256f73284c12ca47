using TakeUp.Rules.Populations;
using TakeUp.Rules.Results;

namespace TakeUp.Peer;

/// <summary>
/// The five outputs of the toy law for a population, the way the file format writes them: age per person
/// (completed years), uitpas_reduced per person, vt, social_energy_tariff and heating_allowance per household
/// (1 true, 0 false). A value the file format cannot hold (an unknown outcome, a missing age) is kept as such
/// (<see cref="NotABoolean"/>, <see cref="NoAge"/>) so that a comparison shows it instead of hiding it.
/// </summary>
public sealed record PeerOutputs(int[] Age, byte[] UitpasReduced, byte[] Vt, byte[] SocialEnergyTariff, byte[] HeatingAllowance)
{
    public const byte NotABoolean = 2;
    public const int NoAge = int.MinValue;

    public static PeerOutputs Allocate(int persons, int households) =>
        new(new int[persons], new byte[persons], new byte[households], new byte[households], new byte[households]);

    /// <summary>The engine's results for the peer-toy catalog, read back as the five outputs.</summary>
    public static PeerOutputs FromEngine(PopulationResult result, int persons, int households)
    {
        var o = Allocate(persons, households);
        for (int p = 0; p < persons; p++)
        {
            o.Age[p] = result.Amount(PeerLaw.AgeRight, p) is { } age && age == decimal.Truncate(age) ? (int)age : NoAge;
            o.UitpasReduced[p] = Truth(result.Outcome(PeerLaw.UitpasReducedRight, p));
        }
        for (int h = 0; h < households; h++)
        {
            o.Vt[h] = Truth(result.Outcome(PeerLaw.VtRight, h));
            o.SocialEnergyTariff[h] = Truth(result.Outcome(PeerLaw.SocialEnergyTariffRight, h));
            o.HeatingAllowance[h] = Truth(result.Outcome(PeerLaw.HeatingAllowanceRight, h));
        }
        return o;
    }

    private static byte Truth(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => 1,
        Outcome.NotEligible => 0,
        _ => NotABoolean,
    };

    /// <summary>Every difference from <paramref name="other"/>, counted per output, with the first few described by row id.</summary>
    public PeerComparison Compare(PeerOutputs other, Population population, int describe = 5) =>
        Compare(new PeerExpected(other.Age, other.UitpasReduced, other.Vt, other.SocialEnergyTariff, other.HeatingAllowance), population, describe);

    /// <summary>The same against the expected columns of the files; columns they do not carry are not compared.</summary>
    public PeerComparison Compare(PeerExpected other, Population population, int describe = 5)
    {
        var counts = new Dictionary<string, int>();
        var examples = new List<string>();
        void Column<T>(string name, T[] mine, T[]? theirs, bool personLevel) where T : IEquatable<T>
        {
            if (theirs is null) return;
            if (theirs.Length != mine.Length) throw new ArgumentException($"{name}: {theirs.Length} rows against {mine.Length}");
            int n = 0;
            for (int row = 0; row < mine.Length; row++)
            {
                if (mine[row].Equals(theirs[row])) continue;
                if (n++ < describe && examples.Count < describe * 5)
                {
                    string who = personLevel ? $"person {population.MemberIdList[row]}" : $"household {population.HouseholdIdList[row]}";
                    examples.Add($"{name} of {who}: {mine[row]} against {theirs[row]}");
                }
            }
            counts[name] = n;
        }
        Column("age", Age, other.Age, true);
        Column("uitpas_reduced", UitpasReduced, other.UitpasReduced, true);
        Column("vt", Vt, other.Vt, false);
        Column("social_energy_tariff", SocialEnergyTariff, other.SocialEnergyTariff, false);
        Column("heating_allowance", HeatingAllowance, other.HeatingAllowance, false);
        return new PeerComparison(counts, examples);
    }

    /// <summary>How many rows are 1 in each boolean output, for a line of figures.</summary>
    public string Summary() =>
        $"vt {Ones(Vt):N0}, social_energy_tariff {Ones(SocialEnergyTariff):N0}, heating_allowance {Ones(HeatingAllowance):N0} households; " +
        $"uitpas_reduced {Ones(UitpasReduced):N0} persons";

    private static int Ones(byte[] column) => column.Count(v => v == 1);
}

/// <summary>The expected outputs a pair of files carries: null for the columns they do not have.</summary>
public sealed record PeerExpected(int[]? Age, byte[]? UitpasReduced, byte[]? Vt, byte[]? SocialEnergyTariff, byte[]? HeatingAllowance)
{
    public bool Any => Age is not null || Vt is not null;
}

/// <summary>Differences per compared output (an output absent from the dictionary was not compared) and examples.</summary>
public sealed record PeerComparison(IReadOnlyDictionary<string, int> Differences, IReadOnlyList<string> Examples)
{
    public bool Equal => Differences.Values.All(n => n == 0);

    public int Compared => Differences.Count;

    public override string ToString() =>
        Equal ? $"equal on all {Compared} outputs compared ({string.Join(", ", Differences.Keys)})"
              : $"DIFFER: {string.Join(", ", Differences.Where(d => d.Value > 0).Select(d => $"{d.Key} on {d.Value:N0} rows"))}; e.g. {string.Join("; ", Examples)}";
}
