using System.Text;
using TakeUp.Data.Storage;
using TakeUp.Imports.Snapshots;
using TakeUp.Imports.Tests.Support;

namespace TakeUp.Imports.Tests;

/// <summary>
/// Every kind of bad file is refused with a report that names file, line and field, and leaves the database
/// exactly as it was: each case starts from a database holding an imported snapshot and compares a dump of every
/// table before and after.
/// </summary>
public class MalformedFileTests
{
    private const string Nis = TestSnapshots.Municipality;
    private static readonly Lazy<(List<TakeUp.Rules.Facts.Household> Households, string Folder)> Base = new(() =>
    {
        var households = TestSnapshots.Population(600, seed: 11);
        return (households, TestSnapshots.Write(households));
    });

    /// <summary>A bad input made from the base snapshot, and what its report must say (file:line, field, words of the reason).</summary>
    public sealed record Case(string Name, Func<string> Make, string Where, string? Field, string Reason)
    {
        public override string ToString() => Name;
    }

    private static string Edited(Action<string> edit)
    {
        string folder = TestSnapshots.Copy(Base.Value.Folder);
        edit(folder);
        return folder;
    }

    private static string FirstPersonWith(Func<TakeUp.Rules.Facts.Member, bool> predicate)
    {
        var h = Base.Value.Households.First(h => h.Members.Any(predicate));
        return SnapshotWriter.PersonId(h.Id, h.Members.First(predicate).Id);
    }

    private static int PersonLine(string personId) => TestSnapshots.LineOf(Base.Value.Folder, SnapshotFormat.PersonsFile, personId);

    public static IEnumerable<Case> Cases()
    {
        string p = FirstPersonWith(m => m.Insz is not null && m.Relation == TakeUp.Rules.Facts.Relation.Child);
        int pl = PersonLine(p);
        var single = Base.Value.Households.First(h => h.Members.Count == 1);
        int singleLine = TestSnapshots.LineOf(Base.Value.Folder, SnapshotFormat.HouseholdsFile, single.Id);
        int households = TestSnapshots.Lines(Base.Value.Folder, SnapshotFormat.HouseholdsFile).Count;

        yield return new("truncated snapshot file", () => Edited(f =>
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(f, SnapshotFormat.PersonsFile));
            File.WriteAllBytes(Path.Combine(f, SnapshotFormat.PersonsFile), bytes[..(bytes.Length / 2)]);
        }), "persons.csv", null, "the manifest says");
        yield return new("manifest row count", () => Edited(f =>
        {
            string manifest = Path.Combine(f, SnapshotFormat.ManifestFile);
            var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!;
            json["files"]!["statuses.csv"]!["rows"] = json["files"]!["statuses.csv"]!["rows"]!.GetValue<int>() + 1;
            File.WriteAllText(manifest, json.ToJsonString());
        }), "statuses.csv", null, "the manifest says");
        yield return new("Latin-1 bytes", () => Edited(f =>
        {
            var lines = TestSnapshots.Lines(f, SnapshotFormat.PersonsFile);
            lines[pl - 1] = lines[pl - 1].Replace(",belgian,", ",belgi\u00e9,");
            var bytes = Encoding.Latin1.GetBytes(string.Join("\n", lines) + "\n");
            TestSnapshots.WriteBytes(f, SnapshotFormat.PersonsFile, bytes);
        }), $"persons.csv:{pl}", null, "byte 0xE9 is not valid UTF-8");
        yield return new("duplicate household id", () => Edited(f =>
            TestSnapshots.Rewrite(f, SnapshotFormat.HouseholdsFile, lines => [.. lines, lines[1]])),
            $"households.csv:{households + 1}", "household_id", "duplicate household_id (first on line 2)");
        yield return new("duplicate person id", () => Edited(f =>
            TestSnapshots.SetField(f, SnapshotFormat.PersonsFile, p, "person_id", TestSnapshots.Lines(f, SnapshotFormat.PersonsFile)[1].Split(',')[0])),
            $"persons.csv:{pl}", "person_id", "duplicate person_id (first on line 2)");
        yield return new("bad INSZ checksum", () => Edited(f =>
        {
            string insz = TestSnapshots.Lines(f, SnapshotFormat.PersonsFile)[pl - 1].Split(',')[2];
            string wrong = insz[..9] + ((int.Parse(insz[9..]) + 1) % 100).ToString("00");
            TestSnapshots.SetField(f, SnapshotFormat.PersonsFile, p, "insz", wrong);
        }), $"persons.csv:{pl}", "insz", "checksum fails");
        yield return new("impossible date", () => Edited(f =>
            TestSnapshots.SetField(f, SnapshotFormat.PersonsFile, p, "birth_date", "2025-02-30")),
            $"persons.csv:{pl}", "birth_date", "2025-02 has 28 days");
        yield return new("unknown code", () => Edited(f =>
            TestSnapshots.SetField(f, SnapshotFormat.HouseholdsFile, single.Id, "tenure", "castle")),
            $"households.csv:{singleLine}", "tenure", "unknown code \"castle\"");
        yield return new("person in a missing household", () => Edited(f =>
            TestSnapshots.SetField(f, SnapshotFormat.PersonsFile, p, "household_id", "h-999999")),
            $"persons.csv:{pl}", "household_id", "no household h-999999");
        yield return new("household without a reference person", () => Edited(f =>
            TestSnapshots.SetField(f, SnapshotFormat.PersonsFile, SnapshotWriter.PersonId(single.Id, "p1"), "relation", "other-relative")),
            $"households.csv:{singleLine}", "relation", "no person with relation reference");
        yield return new("mutations without trailer", () => MutationFiles.WriteText(
            MutationFiles.Header + "\n" + $$"""{"op":"remove-person","person":"{{p}}","source":"register","as_of":"2025-03-07"}""" + "\n"),
            "mutations.jsonl:2", null, "ends without the trailer");
        yield return new("mutations cut in the middle of a line", () =>
        {
            string text = MutationFiles.Text($$"""{"op":"remove-person","person":"{{p}}","source":"register","as_of":"2025-03-07"}""");
            return MutationFiles.WriteText(text[..(text.Length - 12)]);
        }, "mutations.jsonl:3", null, "ends without the trailer");
        yield return new("mutations in Latin-1", () => MutationFiles.WriteBytes(Encoding.Latin1.GetBytes(MutationFiles.Text(
            "{\"op\":\"upsert-household\",\"household\":\"h-caf\u00e9\",\"source\":\"register\",\"as_of\":\"2025-03-07\"}"))),
            "mutations.jsonl:2", null, "byte 0xE9 is not valid UTF-8");
        yield return new("mutations: status of an unknown person", () => MutationFiles.Write(
            """{"op":"add-status","person":"nobody","status":"vt","since":"2025-01-01","source":"ksz","as_of":"2025-03-07"}"""),
            "mutations.jsonl:2", "person", "no person nobody");
        yield return new("mutations: impossible date and unknown code", () => MutationFiles.Write(
            $$"""{"op":"end-status","person":"{{p}}","status":"retired","since":"2024-01-01","until":"2025-02-30","source":"ksz","as_of":"2025-03-07"}"""),
            "mutations.jsonl:2", "until", "2025-02 has 28 days");
    }

    public static TheoryData<string, DatabaseKind> CasesOnBothDatabases()
    {
        var data = new TheoryData<string, DatabaseKind>();
        foreach (var c in Cases())
            foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.Postgres })
                data.Add(c.Name, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(CasesOnBothDatabases))]
    public void A_bad_file_is_refused_with_where_and_why_and_the_database_stays_exactly_as_it_was(string name, DatabaseKind kind)
    {
        var c = Cases().Single(c => c.Name == name);
        var database = TestDatabases.Open(kind);
        Assert.Equal(ImportOutcome.Applied, new Importer(database).ImportSnapshot(Nis, Base.Value.Folder).Outcome);
        string before = DatabaseDump.Of(database);
        string input = c.Make();

        var report = new Importer(database).Import(Nis, input);

        Assert.Equal(ImportOutcome.Refused, report.Outcome);
        string problems = string.Join("\n", report.Problems);
        Assert.Contains(report.Problems, problem =>
            problem.ToString().StartsWith(c.Where, StringComparison.Ordinal) && problem.Field == c.Field && problem.Reason.Contains(c.Reason, StringComparison.Ordinal));
        Assert.Equal(before, DatabaseDump.Of(database));
        _ = problems;
    }

    [Fact]
    public void Every_problem_is_counted_and_the_report_keeps_the_first_ones()
    {
        string folder = Edited(f => TestSnapshots.Rewrite(f, SnapshotFormat.PersonsFile, lines =>
            [lines[0], .. lines.Skip(1).Select(l => string.Join(",", l.Split(',').Select((v, i) => i == 5 ? "2025-02-30" : v)))]));
        var database = TestDatabases.Open(DatabaseKind.Sqlite);

        var report = new Importer(database, new ImportOptions { MaxProblems = 10 }).ImportSnapshot(Nis, folder);

        Assert.Equal(ImportOutcome.Refused, report.Outcome);
        Assert.Equal(10, report.Problems.Count);
        Assert.True(report.ProblemCount >= Base.Value.Households.Sum(h => h.Members.Count), report.ProblemCount.ToString());
    }
}
