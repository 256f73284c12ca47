using System.Globalization;
using System.Text;

namespace TakeUp.Bench;

/// <summary>
/// Writes a mutations file (docs/data-formats.md) that changes the incomes of N persons of a snapshot, spread
/// evenly over it: what a new tax assessment year delivers. Used to measure a run's re-evaluation after changes.
///   changes --snapshot DIR --persons N --out FILE [--municipality NIS] [--as-of YYYY-MM-DD]
/// </summary>
internal static class ChangesWriter
{
    public const string Usage = "usage: TakeUp.Bench changes --snapshot DIR --persons N --out FILE [--municipality NIS] [--as-of YYYY-MM-DD]";

    public static int Run(string[] args)
    {
        string? snapshot = null, output = null, municipality = "44021", asOf = "2025-05-15";
        int persons = 100_000;
        for (int i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--snapshot": snapshot = Next(); break;
                case "--persons": persons = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--out": output = Next(); break;
                case "--municipality": municipality = Next(); break;
                case "--as-of": asOf = Next(); break;
                default: Console.Error.WriteLine(Usage); return 2;
            }
        }
        if (snapshot is null || output is null) { Console.Error.WriteLine(Usage); return 2; }

        var ids = File.ReadLines(Path.Combine(snapshot, "persons.csv")).Skip(1).Select(line => line[..line.IndexOf(',')]).ToList();
        if (persons > ids.Count) throw new ArgumentException($"the snapshot has {ids.Count} persons, fewer than {persons}");
        double step = (double)ids.Count / persons;
        int year = int.Parse(asOf[..4], CultureInfo.InvariantCulture) - 1;
        using var writer = new StreamWriter(output, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine($$"""{"format":"takeup.mutations/v1","municipality":"{{municipality}}","created_on":"{{asOf}}"}""");
        for (int k = 0; k < persons; k++)
        {
            string id = ids[(int)(k * step)];
            // A deterministic, plausible yearly gross taxable income between 0 and about 60,000 euro.
            int gross = (int)(HashOf(id) % 60_000u);
            writer.WriteLine($$"""{"op":"set-incomes","person":"{{id}}","incomes":[{"kind":"employment","year":{{year}},"gross_taxable":{{gross}}}],"source":"tax","as_of":"{{asOf}}"}""");
        }
        writer.WriteLine($$"""{"op":"end","operations":{{persons}}}""");
        Console.WriteLine($"{output}: set-incomes for {persons:N0} of {ids.Count:N0} persons (income year {year})");
        return 0;
    }

    /// <summary>FNV-1a: a hash that is the same in every process (string.GetHashCode is not).</summary>
    private static uint HashOf(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return hash;
    }
}
