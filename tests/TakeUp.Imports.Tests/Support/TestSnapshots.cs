using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TakeUp.Imports.Snapshots;
using TakeUp.Rules.Facts;
using TakeUp.Synthetic;

namespace TakeUp.Imports.Tests.Support;

/// <summary>Synthetic snapshot folders for tests, and the edits tests make to them (then the manifest is rewritten to match).</summary>
internal static class TestSnapshots
{
    public const string Municipality = "44021";
    public static readonly DateOnly Date = new(2025, 3, 1);

    public static PopulationOptions Options(int persons, ulong seed = 5) => new()
    {
        Seed = seed, Persons = persons, ReferenceDate = Date, Municipalities = [new MunicipalityWeight(Municipality, 1)],
    };

    public static List<Household> Population(int persons, ulong seed = 5) => PopulationGenerator.Generate(Options(persons, seed)).ToList();

    public static string Write(IEnumerable<Household> households)
    {
        string folder = TemporaryFolder();
        SnapshotWriter.Write(folder, Municipality, Date, households);
        return folder;
    }

    public static string TemporaryFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "takeup-tests", "s" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string Copy(string folder)
    {
        string copy = TemporaryFolder();
        foreach (var file in Directory.GetFiles(folder)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    public static List<string> Lines(string folder, string file) =>
        File.ReadAllText(Path.Combine(folder, file)).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Rewrites a CSV file (header first) and the manifest's count and hash for it.</summary>
    public static void Rewrite(string folder, string file, Func<List<string>, List<string>> edit)
    {
        var lines = edit(Lines(folder, file));
        WriteBytes(folder, file, Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
    }

    /// <summary>Replaces a file's bytes and makes the manifest agree with them (rows = lines after the header).</summary>
    public static void WriteBytes(string folder, string file, byte[] bytes, bool updateManifest = true)
    {
        File.WriteAllBytes(Path.Combine(folder, file), bytes);
        if (!updateManifest) return;
        int rows = bytes.Count(b => b == (byte)'\n') - 1;
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, SnapshotFormat.ManifestFile)))!;
        manifest["files"]![file]!["rows"] = rows;
        manifest["files"]![file]!["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes));
        File.WriteAllText(Path.Combine(folder, SnapshotFormat.ManifestFile), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Edits one field of the rows of a CSV file whose first column is <paramref name="key"/>.</summary>
    public static void SetField(string folder, string file, string key, string column, string value, int occurrence = 0)
    {
        Rewrite(folder, file, lines =>
        {
            var header = lines[0].Split(',');
            int at = Array.IndexOf(header, column);
            Assert.True(at >= 0, column);
            int seen = 0;
            for (int i = 1; i < lines.Count; i++)
            {
                var fields = lines[i].Split(',');
                if (fields[0] != key || seen++ != occurrence) continue;
                fields[at] = value;
                lines[i] = string.Join(",", fields);
                return lines;
            }
            Assert.Fail($"no row {key} in {file}");
            return lines;
        });
    }

    public static int LineOf(string folder, string file, string key) =>
        Lines(folder, file).FindIndex(l => l.StartsWith(key + ",", StringComparison.Ordinal)) + 1;
}
