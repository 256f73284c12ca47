using TakeUp.Data.Storage;
using TakeUp.Imports.Snapshots;
using TakeUp.Imports.Tests.Support;
using TakeUp.Rules.Facts;

namespace TakeUp.Imports.Tests;

public class QuarantineAndMutationTests
{
    private const string Nis = TestSnapshots.Municipality;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Quarantine_applies_the_valid_households_and_keeps_bad_ones_as_stored_with_line_field_reason_and_raw(DatabaseKind kind)
    {
        var households = TestSnapshots.Population(800, seed: 3);
        string folder = TestSnapshots.Write(households);
        var database = TestDatabases.Open(kind);
        new Importer(database).ImportSnapshot(Nis, folder);
        Pending.Clear(database);
        var before = Canonical.Of(database, Nis);

        var withInsz = households.First(h => h.Members.Count >= 2 && h.Members[1].Insz is not null);
        string badPerson = SnapshotWriter.PersonId(withInsz.Id, withInsz.Members[1].Id);
        var badTenure = households.First(h => h.Id != withInsz.Id && h.Members.Count == 1);
        var good = households.First(h => h.Id != withInsz.Id && h.Id != badTenure.Id && h.Housing.Tenure.Value == Tenure.Owner);
        string edited = TestSnapshots.Copy(folder);
        TestSnapshots.SetField(edited, SnapshotFormat.PersonsFile, badPerson, "insz", "12345678901");
        TestSnapshots.SetField(edited, SnapshotFormat.HouseholdsFile, badTenure.Id, "tenure", "castle");
        TestSnapshots.SetField(edited, SnapshotFormat.HouseholdsFile, badTenure.Id, "monthly_rent", "700");
        TestSnapshots.SetField(edited, SnapshotFormat.HouseholdsFile, good.Id, "tenure", "private-rent");
        TestSnapshots.Rewrite(edited, SnapshotFormat.StatusesFile, lines => [.. lines, "nobody,vt,2025-01-01,,ksz,2025-02-01"]);
        int badPersonLine = TestSnapshots.LineOf(edited, SnapshotFormat.PersonsFile, badPerson);
        int badTenureLine = TestSnapshots.LineOf(edited, SnapshotFormat.HouseholdsFile, badTenure.Id);
        int orphanLine = TestSnapshots.Lines(edited, SnapshotFormat.StatusesFile).Count;

        var strict = new Importer(database).ImportSnapshot(Nis, edited);
        Assert.Equal(ImportOutcome.Refused, strict.Outcome);
        Assert.Equal(3, strict.ProblemCount);

        var report = new Importer(database, new ImportOptions { Quarantine = true }).ImportSnapshot(Nis, edited);

        Assert.Equal(ImportOutcome.Applied, report.Outcome);
        Assert.Equal(1, report.HouseholdsChanged);
        Assert.Equal(["housing: tenure changed"], Pending.Of(database)[good.Id]);
        var after = Canonical.Of(database, Nis);
        foreach (var kept in new[] { withInsz.Id, badTenure.Id })
            Assert.Equal(before.Where(l => l.Contains(kept)), after.Where(l => l.Contains(kept)));
        using var db = database.Context();
        var rows = db.QuarantinedRecords.Where(q => q.ImportId == report.ImportId).ToList();
        Assert.Contains(rows, q => q.File == "persons.csv" && q.Line == badPersonLine && q.Field == "insz" && q.Reason.Contains("checksum fails") && q.Raw.StartsWith(badPerson + ","));
        Assert.Contains(rows, q => q.File == "households.csv" && q.Line == badTenureLine && q.Field == "tenure" && q.Reason.Contains("castle") && q.Raw.StartsWith(badTenure.Id + ","));
        Assert.Contains(rows, q => q.File == "statuses.csv" && q.Line == orphanLine && q.Field == "person_id" && q.Reason.Contains("no person nobody"));
        // The rest of the bad INSZ's household goes with it: its own line and its other members.
        Assert.Contains(rows, q => q.File == "households.csv" && q.Raw.StartsWith(withInsz.Id + ",") && q.Reason.Contains($"household {withInsz.Id} is quarantined"));
        Assert.Contains(rows, q => q.File == "persons.csv" && q.Raw.StartsWith(SnapshotWriter.PersonId(withInsz.Id, "p1") + ",") && q.Reason.Contains("is quarantined"));
        Assert.Equal(report.Quarantined, rows.Select(q => (q.File, q.Line)).Distinct().Count());
        Assert.Equal(1, db.Imports.Count(i => i.ImportId == report.ImportId && i.Quarantined == report.Quarantined));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Mutations_apply_in_order_and_mark_the_households_they_change(DatabaseKind kind)
    {
        var households = TestSnapshots.Population(800, seed: 4);
        var database = TestDatabases.Open(kind);
        new Importer(database).ImportSnapshot(Nis, TestSnapshots.Write(households));
        Pending.Clear(database);

        var from = households.First(h => h.Members.Count >= 3);
        string mover = SnapshotWriter.PersonId(from.Id, from.Members[^1].Id);
        var withLists = households.First(h => h.Id != from.Id && h.Members[0].Statuses is not null && h.Members[0].Incomes is not null);
        string listed = SnapshotWriter.PersonId(withLists.Id, "p1");
        var shrinking = households.First(h => h.Id != from.Id && h.Id != withLists.Id && h.Members.Count >= 2);
        string leaving = SnapshotWriter.PersonId(shrinking.Id, shrinking.Members[^1].Id);
        var rehoused = households.First(h => h.Id != from.Id && h.Id != withLists.Id && h.Id != shrinking.Id && h.Housing.Tenure.Value == Tenure.Owner);
        string file = MutationFiles.Write(
            """{"op":"upsert-household","household":"h-new","source":"register","as_of":"2025-03-07","housing":{"tenure":"private-rent","monthly_rent":650}}""",
            """{"op":"upsert-person","person":"h-new-p1","household":"h-new","relation":"reference","insz":"85073000358","source":"register","as_of":"2025-03-07","facts":{"birth_date":"1985-07-30","registered_at_address":true}}""",
            $$"""{"op":"upsert-person","person":"{{mover}}","household":"h-new","relation":"unrelated","partner_kind":null,"source":"register","as_of":"2025-03-07"}""",
            $$"""{"op":"add-status","person":"{{listed}}","status":"leefloon","since":"2025-02-01","source":"ksz","as_of":"2025-03-06"}""",
            $$"""{"op":"upsert-income","person":"{{listed}}","kind":"employment","year":2024,"gross_taxable":1234.5,"source":"tax","as_of":"2025-03-06"}""",
            $$"""{"op":"remove-person","person":"{{leaving}}","source":"register","as_of":"2025-03-07"}""",
            $$$"""{"op":"upsert-household","household":"{{{rehoused.Id}}}","source":"declared","as_of":"2025-03-05","housing":{"tenure":"social-rent"}}""");

        var report = new Importer(database).ImportMutations(Nis, file);

        Assert.True(report.Outcome == ImportOutcome.Applied, string.Join("\n", report.Problems));
        Assert.Equal((1, 4, 0), (report.HouseholdsAdded, report.HouseholdsModified, report.HouseholdsRemoved));
        var pending = Pending.Of(database);
        Assert.Equal(new[] { "h-new", from.Id, withLists.Id, shrinking.Id, rehoused.Id }.Order(), pending.Keys.Order());
        Assert.Equal([RegisterDiffLines.NewHousehold], pending["h-new"]);
        Assert.Equal([$"person {mover} moved out"], pending[from.Id]);
        Assert.Equal([$"person {listed}: statuses changed", $"person {listed}: incomes changed"], pending[withLists.Id]);
        Assert.Equal([$"person {leaving} removed"], pending[shrinking.Id]);
        Assert.Equal(["housing: tenure changed"], pending[rehoused.Id]);
        Assert.Equal(1, DatabaseDump.Count(database, "persons", $"person_id = '{mover}' AND household_id = 'h-new' AND relation = 'unrelated'"));
        Assert.Equal(0, DatabaseDump.Count(database, "persons", $"person_id = '{leaving}'"));
        Assert.Equal(1, DatabaseDump.Count(database, "statuses", $"person_id = '{listed}' AND status = 'leefloon' AND source = 'ksz'"));
        Assert.Equal(1, DatabaseDump.Count(database, "households", $"household_id = '{rehoused.Id}' AND tenure = 'social-rent' AND tenure_source = 'declared'"));

        Assert.Equal(ImportOutcome.AlreadyApplied, new Importer(database).ImportMutations(Nis, file).Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Mutations_in_quarantine_leave_a_household_with_a_bad_operation_as_stored(DatabaseKind kind)
    {
        var households = TestSnapshots.Population(300, seed: 8);
        var database = TestDatabases.Open(kind);
        new Importer(database).ImportSnapshot(Nis, TestSnapshots.Write(households));
        Pending.Clear(database);
        var a = households[0];
        var b = households[1];
        string file = MutationFiles.Write(
            $$$"""{"op":"upsert-household","household":"{{{a.Id}}}","source":"declared","as_of":"2025-03-05","housing":{"monthly_rent":900}}""",
            $$$"""{"op":"upsert-household","household":"{{{a.Id}}}","source":"declared","as_of":"2025-03-05","housing":{"tenure":"castle"}}""",
            $$$"""{"op":"upsert-household","household":"{{{b.Id}}}","source":"declared","as_of":"2025-03-05","housing":{"monthly_rent":500}}""");
        var before = Canonical.Of(database, Nis).Where(l => l.StartsWith($"H {a.Id} ")).ToList();

        var report = new Importer(database, new ImportOptions { Quarantine = true }).ImportMutations(Nis, file);

        Assert.Equal(ImportOutcome.Applied, report.Outcome);
        Assert.Equal(before, Canonical.Of(database, Nis).Where(l => l.StartsWith($"H {a.Id} ")));
        Assert.Equal([b.Id], Pending.Of(database).Keys);
        using var db = database.Context();
        var rows = db.QuarantinedRecords.Where(q => q.ImportId == report.ImportId).OrderBy(q => q.Line).ToList();
        Assert.Equal([2, 3], rows.Select(q => q.Line));
        Assert.Contains("is quarantined", rows[0].Reason);
        Assert.Equal("housing.tenure", rows[1].Field);
        Assert.Contains("castle", rows[1].Reason);
    }
}
