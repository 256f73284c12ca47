using TakeUp.Data.Storage;
using TakeUp.Imports.Snapshots;
using TakeUp.Imports.Tests.Support;

namespace TakeUp.Imports.Tests;

public class SnapshotImportTests
{
    private const string Nis = TestSnapshots.Municipality;

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_generated_snapshot_imports_and_reads_back_equal_to_the_generated_households(DatabaseKind kind)
    {
        var households = TestSnapshots.Population(3000);
        string folder = TestSnapshots.Write(households);
        var database = TestDatabases.Open(kind);

        var report = new Importer(database).ImportSnapshot(Nis, folder);

        Assert.True(report.Outcome == ImportOutcome.Applied, string.Join("\n", report.Problems));
        Assert.Equal(households.Count, report.HouseholdsAdded);
        Assert.Equal(Canonical.Of(households), Canonical.Of(database, Nis));
        var pending = Pending.Of(database);
        Assert.Equal(households.Count, pending.Count);
        Assert.All(pending.Values, lines => Assert.Equal([RegisterDiffLines.NewHousehold], lines));
        Assert.Equal(1, DatabaseDump.Count(database, "imports", $"municipality = '{Nis}' AND records = {report.Records}"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void The_same_snapshot_twice_changes_nothing_and_says_so(DatabaseKind kind)
    {
        string folder = TestSnapshots.Write(TestSnapshots.Population(1000));
        var database = TestDatabases.Open(kind);
        var first = new Importer(database).ImportSnapshot(Nis, folder);
        string before = DatabaseDump.Of(database);

        var second = new Importer(database).ImportSnapshot(Nis, folder);

        Assert.Equal(ImportOutcome.AlreadyApplied, second.Outcome);
        Assert.Equal(first.ImportId, second.ImportId);
        Assert.Equal(before, DatabaseDump.Of(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Identical_content_in_a_new_file_marks_no_household(DatabaseKind kind)
    {
        string folder = TestSnapshots.Write(TestSnapshots.Population(1000));
        var database = TestDatabases.Open(kind);
        new Importer(database).ImportSnapshot(Nis, folder);
        Pending.Clear(database);
        var register = Canonical.Of(database, Nis);
        // The same facts in another order: a new file (another SHA-256), the same content.
        string reordered = TestSnapshots.Copy(folder);
        foreach (var file in new[] { SnapshotFormat.HouseholdsFile, SnapshotFormat.PersonsFile, SnapshotFormat.StatusesFile, SnapshotFormat.IncomesFile })
            TestSnapshots.Rewrite(reordered, file, lines => [lines[0], .. lines.Skip(1).Reverse()]);

        var report = new Importer(database).ImportSnapshot(Nis, reordered);

        Assert.Equal(ImportOutcome.Applied, report.Outcome);
        Assert.Equal(0, report.HouseholdsChanged);
        Assert.Empty(Pending.Of(database));
        Assert.Equal(register, Canonical.Of(database, Nis));
        Assert.Equal(2, DatabaseDump.Count(database, "imports"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_changed_snapshot_marks_exactly_the_changed_households_with_what_changed(DatabaseKind kind)
    {
        var households = TestSnapshots.Population(2000);
        string folder = TestSnapshots.Write(households);
        var database = TestDatabases.Open(kind);
        new Importer(database).ImportSnapshot(Nis, folder);
        Pending.Clear(database);

        // Five edits: housing of one household, an income of another, a person moving between two, one household gone, one new.
        string incomeLine = TestSnapshots.Lines(folder, SnapshotFormat.IncomesFile)[1];
        string incomePerson = incomeLine.Split(',')[0];
        string incomeChanged = households.Single(h => h.Members.Any(m => SnapshotWriter.PersonId(h.Id, m.Id) == incomePerson)).Id;
        var tenureChanged = households.First(h => h.Id != incomeChanged && h.Housing.Tenure.Value is { } t && t != TakeUp.Rules.Facts.Tenure.Other).Id;
        var from = households.First(h => h.Id != tenureChanged && h.Id != incomeChanged && h.Members.Count >= 3);
        var mover = from.Members.Last();
        string moverId = SnapshotWriter.PersonId(from.Id, mover.Id);
        var to = households.First(h => h.Id != tenureChanged && h.Id != incomeChanged && h.Id != from.Id && h.Members.Count == 1);
        var gone = households.Last(h => h.Id != tenureChanged && h.Id != incomeChanged && h.Id != from.Id && h.Id != to.Id);
        string goneLine = TestSnapshots.Lines(folder, SnapshotFormat.HouseholdsFile).Single(l => l.StartsWith(gone.Id + ",", StringComparison.Ordinal));

        string changed = TestSnapshots.Copy(folder);
        TestSnapshots.SetField(changed, SnapshotFormat.HouseholdsFile, tenureChanged, "tenure",
            households.Single(h => h.Id == tenureChanged).Housing.Tenure.Value == TakeUp.Rules.Facts.Tenure.Owner ? "social-rent" : "owner");
        TestSnapshots.Rewrite(changed, SnapshotFormat.IncomesFile, lines =>
        {
            var fields = lines[1].Split(',');
            fields[3] = "99999.99";
            lines[1] = string.Join(",", fields);
            return lines;
        });
        TestSnapshots.SetField(changed, SnapshotFormat.PersonsFile, moverId, "household_id", to.Id);
        TestSnapshots.SetField(changed, SnapshotFormat.PersonsFile, moverId, "relation", "unrelated");
        TestSnapshots.SetField(changed, SnapshotFormat.PersonsFile, moverId, "partner_kind", "");
        foreach (var file in new[] { SnapshotFormat.PersonsFile, SnapshotFormat.StatusesFile, SnapshotFormat.IncomesFile })
            TestSnapshots.Rewrite(changed, file, lines => lines.Where(l => !l.StartsWith(gone.Id + "-", StringComparison.Ordinal)).ToList());
        TestSnapshots.Rewrite(changed, SnapshotFormat.HouseholdsFile, lines =>
            [.. lines.Where(l => l != goneLine), "h-new-1" + goneLine[gone.Id.Length..]]);
        TestSnapshots.Rewrite(changed, SnapshotFormat.PersonsFile, lines =>
            [.. lines, $"h-new-1-p1,h-new-1,,reference,,1980-01-01,register,2025-02-20,,,,true,register,2025-02-20,belgian,register,2025-02-20,,,,,,,,,,,,,false,false"]);

        var report = new Importer(database).ImportSnapshot(Nis, changed);

        Assert.True(report.Outcome == ImportOutcome.Applied, string.Join("\n", report.Problems));
        Assert.Equal((1, 4, 1), (report.HouseholdsAdded, report.HouseholdsModified, report.HouseholdsRemoved));
        var pending = Pending.Of(database);
        Assert.Equal(new[] { tenureChanged, incomeChanged, from.Id, to.Id, "h-new-1", gone.Id }.Order(), pending.Keys.Order());
        Assert.Equal(["housing: tenure changed"], pending[tenureChanged]);
        Assert.Equal([$"person {incomePerson}: incomes changed"], pending[incomeChanged]);
        Assert.Equal([$"person {moverId} moved out"], pending[from.Id]);
        Assert.Equal([$"person {moverId} moved in"], pending[to.Id]);
        Assert.Equal([RegisterDiffLines.NewHousehold], pending["h-new-1"]);
        // A removed household stays as an empty pending row until a run has proposed to end its members' rights.
        Assert.Equal(["household removed"], pending[gone.Id]);
        Assert.Equal(1, DatabaseDump.Count(database, "households", $"household_id = '{gone.Id}' AND tenure IS NULL"));
        Assert.Equal(0, DatabaseDump.Count(database, "persons", $"household_id = '{gone.Id}'"));
        Assert.Equal(1, DatabaseDump.Count(database, "persons", $"person_id = '{moverId}' AND household_id = '{to.Id}'"));
        Assert.Equal(1, DatabaseDump.Count(database, "incomes", $"person_id = '{incomePerson}' AND gross_taxable = 99999.99"));
    }
}

internal static class RegisterDiffLines
{
    public const string NewHousehold = "new household";
}
