using TakeUp.Data.Register;
using TakeUp.Data.Storage;
using TakeUp.Imports.Snapshots;
using TakeUp.Imports.Tests.Support;

namespace TakeUp.Imports.Tests;

public class ObservationTests
{
    private const string Nis = TestSnapshots.Municipality;
    private static readonly FixedTime Clock = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void An_observation_that_contradicts_the_register_records_a_conflict_with_the_right_winner(DatabaseKind kind)
    {
        var households = TestSnapshots.Population(300, seed: 9);
        var database = TestDatabases.Open(kind);
        new Importer(database).ImportSnapshot(Nis, TestSnapshots.Write(households));
        Pending.Clear(database);
        var household = households.First(h => h.Housing.Tenure.Value == TakeUp.Rules.Facts.Tenure.Owner && h.Housing.Tenure.AsOf is not null);
        var member = household.Members.First(m => m.BirthDate.Value is not null && m.BirthDate.AsOf is not null);
        string person = SnapshotWriter.PersonId(household.Id, member.Id);
        var observations = new Observations(database, Clock);

        // Seen at a home visit on the day the register last confirmed it: the observation wins.
        var sameDay = observations.Record(new ObservationRequest(Nis, "person", person, "birth_date", "1950-01-01",
            member.BirthDate.AsOf!.Value, "home-visit", "w-17"));
        // Seen before the register's as_of: the register is more recent and wins.
        var older = observations.Record(new ObservationRequest(Nis, "household", household.Id, "tenure", "free",
            household.Housing.Tenure.AsOf!.Value.AddDays(-10), "worker", "w-17"));
        // The same value as the register: recorded, no conflict.
        var agreeing = observations.Record(new ObservationRequest(Nis, "household", household.Id, "tenure", "owner",
            household.Housing.Tenure.AsOf!.Value, "worker", "w-17"));

        Assert.True(sameDay.Recorded, string.Join("; ", sameDay.Problems));
        Assert.Equal("observed", sameDay.Conflict!.Winner);
        Assert.Equal(FactPrecedence.Rule, sameDay.Conflict.Rule);
        Assert.Equal("1950-01-01", sameDay.Conflict.ObservedValue);
        Assert.Equal(member.BirthDate.Value!.Value.ToString("yyyy-MM-dd"), sameDay.Conflict.RegisterValue);
        Assert.Equal("register", older.Conflict!.Winner);
        Assert.True(agreeing.Recorded);
        Assert.Null(agreeing.Conflict);
        Assert.Equal(3, DatabaseDump.Count(database, "observed_facts"));
        Assert.Equal(2, DatabaseDump.Count(database, "fact_conflicts"));
        Assert.Equal([$"person {person}: birth_date observed (home-visit)", "housing: tenure observed (worker)"], Pending.Of(database)[household.Id]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void An_import_that_brings_a_value_contradicting_an_observation_records_a_conflict(DatabaseKind kind)
    {
        var households = TestSnapshots.Population(300, seed: 10);
        string folder = TestSnapshots.Write(households);
        var database = TestDatabases.Open(kind);
        new Importer(database).ImportSnapshot(Nis, folder);
        var household = households.First(h => h.Housing.Tenure.Value == TakeUp.Rules.Facts.Tenure.Owner);
        new Observations(database, Clock).Record(new ObservationRequest(Nis, "household", household.Id, "tenure", "private-rent",
            new DateOnly(2025, 2, 1), "home-visit", "w-3"));
        int before = DatabaseDump.Count(database, "fact_conflicts");

        string changed = TestSnapshots.Copy(folder);
        TestSnapshots.SetField(changed, SnapshotFormat.HouseholdsFile, household.Id, "tenure", "social-rent");
        TestSnapshots.SetField(changed, SnapshotFormat.HouseholdsFile, household.Id, "tenure_as_of", "2025-02-20");
        var report = new Importer(database, new ImportOptions { Clock = Clock }).ImportSnapshot(Nis, changed);

        Assert.Equal(1, report.Conflicts);
        using var db = database.Context();
        var conflict = db.FactConflicts.Single(c => c.ImportId == report.ImportId);
        Assert.Equal(("household", household.Id, "tenure"), (conflict.SubjectKind, conflict.SubjectId, conflict.Field));
        Assert.Equal(("social-rent", "private-rent", "register"), (conflict.RegisterValue, conflict.ObservedValue, conflict.Winner));
        Assert.Equal(new DateOnly(2025, 2, 20), conflict.RegisterAsOf);
        Assert.Equal(before + 1, DatabaseDump.Count(database, "fact_conflicts"));
    }

    [Fact]
    public void An_observation_is_checked_like_an_import_field()
    {
        var database = TestDatabases.Open(DatabaseKind.Sqlite);
        var result = new Observations(database, Clock).Record(new ObservationRequest(Nis, "household", "h-1", "monthly_rent", "12,50",
            new DateOnly(2025, 3, 1), "register", "w-1"));
        Assert.False(result.Recorded);
        Assert.Contains(result.Problems, p => p.Contains("source must be home-visit or worker"));
        Assert.Contains(result.Problems, p => p.StartsWith("monthly_rent: must be a number"));
        var missing = new Observations(database, Clock).Record(new ObservationRequest(Nis, "household", "h-1", "monthly_rent", "12.50",
            new DateOnly(2025, 3, 1), "worker", "w-1"));
        Assert.Equal(["no household h-1 in municipality 44021"], missing.Problems);
        Assert.Equal(0, DatabaseDump.Count(database, "observed_facts"));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
