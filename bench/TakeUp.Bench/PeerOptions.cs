using System.Globalization;

namespace TakeUp.Bench;

/// <summary>Arguments of the 'peer' and 'peer-generate' workloads.</summary>
internal sealed record PeerOptions(string Workload, string? PersonsFile, string? HouseholdsFile, int Threads, int Runs,
    string Catalog, string? Postgres, int Persons, ulong Seed, string? Out)
{
    public const string Usage =
        "usage: TakeUp.Bench peer --persons-file P --households-file H [--threads N] [--runs R] [--catalog DIR] [--postgres CONNECTION]\n" +
        "       TakeUp.Bench peer-generate --persons N --seed S --out DIR";

    public static PeerOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("peer" or "peer-generate")) return null;
        string? persons = null, households = null, postgres = null, output = null, catalog = null;
        int threads = Environment.ProcessorCount, runs = 5, count = -1;
        ulong seed = 1;
        for (int i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--persons-file": persons = Next(); break;
                case "--households-file": households = Next(); break;
                case "--threads": threads = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--catalog": catalog = Next(); break;
                case "--postgres": postgres = Next(); break;
                case "--persons": count = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seed": seed = ulong.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--out": output = Next(); break;
                default: return null;
            }
        }
        bool ok = args[0] == "peer" ? persons is not null && households is not null && threads >= 1 && runs >= 1
            : count >= 0 && output is not null;
        if (!ok) return null;
        catalog ??= Path.Combine(BenchOptions.RepositoryRoot(), "bench", "catalogs", "peer-toy");
        return new PeerOptions(args[0], persons, households, threads, runs, catalog, postgres, count, seed, output);
    }
}
