using System.Globalization;

namespace TakeUp.Bench;

internal sealed record BenchOptions(string Workload, int Persons, ulong Seed, DateOnly Date, int Runs, string Catalog)
{
    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("catalog" or "three-rules" or "national")) return null;
        bool national = args[0] == "national";
        int persons = national ? 11_800_000 : 1_000_000, runs = national ? 2 : 5;
        ulong seed = 1;
        var date = new DateOnly(2025, 6, 1);
        string? catalog = null;
        for (int i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--persons": persons = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seed": seed = ulong.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--date": date = DateOnly.ParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--catalog": catalog = Next(); break;
                default: return null;
            }
        }
        string root = RepositoryRoot();
        catalog ??= args[0] == "three-rules" ? Path.Combine(root, "bench", "catalogs", "three-rules") : Path.Combine(root, "catalog", "be-vl");
        return new BenchOptions(args[0], persons, seed, date, runs, catalog);
    }

    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "TakeUp.slnx"))) return dir.FullName;
        throw new InvalidOperationException("run the bench from inside the TakeUp repository");
    }
}
