using System.Text.Json;
using TakeUp.Data.Register;
using TakeUp.Data.Storage;
using TakeUp.Rules.Facts;
using TakeUp.Runs.Loading;
using TakeUp.Synthetic;
using TakeUp.Testing;

namespace TakeUp.Runs.Tests;

public class HouseholdReaderTests
{
    private const string M = "44021";

    private static string Canonical(Household h) => JsonSerializer.Serialize(h with
    {
        Members = h.Members.OrderBy(p => p.Id, StringComparer.Ordinal).ToList(),
    });

    /// <summary>A database holding <paramref name="count"/> generated households, all pending as new.</summary>
    private static (Database Db, List<Household> Households) Seeded(DatabaseKind kind, ulong seed, int count)
    {
        var db = TestDatabases.Open(kind);
        var households = PopulationGenerator.Generate(new PopulationOptions { Seed = seed, Households = count, ReferenceDate = new DateOnly(2025, 6, 1) })
            .Select(h => RegisterSeeder.WithPersonIds(h) with { Municipality = M }).ToList();
        RegisterSeeder.Seed(db, M, households);
        return (db, households);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Stored_households_read_back_with_every_fact_source_and_date(DatabaseKind kind)
    {
        var (db, households) = Seeded(kind, seed: 3, count: 400);

        using var connection = db.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var back = HouseholdReader.Read(db, connection, transaction, M, LoadScope.All);
        Assert.Equal(households.Select(h => h.Id).Order(StringComparer.Ordinal), back.Households.Select(h => h.Id));
        var byId = back.Households.ToDictionary(h => h.Id);
        foreach (var h in households) Assert.Equal(Canonical(h), Canonical(byId[h.Id]));
        Assert.All(back.PendingChanges.Values, p => Assert.Equal("new household", p));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void An_incremental_scope_reads_the_pending_households_whole_as_the_full_read_gives_them(DatabaseKind kind)
    {
        var (db, households) = Seeded(kind, seed: 5, count: 300);
        var pendingIds = households.Where((_, i) => i % 7 == 3).Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
        using var connection = db.OpenConnection();
        using var transaction = connection.BeginTransaction();
        // Every household seen by a run, then some changed by the next change.
        PendingChanges.MarkAllSeen(connection, transaction, M);
        long change = PendingChanges.TakeNextNumber(connection, transaction, M);
        RegisterSeeder.Sql(connection, transaction, $"UPDATE households SET pending_changes = 'income changed', change_number = {change} " +
            $"WHERE municipality = '{M}' AND household_id IN ({string.Join(", ", pendingIds.Select(id => $"'{id}'"))})");

        var all = HouseholdReader.Read(db, connection, transaction, M, LoadScope.All).Households.ToDictionary(h => h.Id);
        // A reader stopped after one household leaves its pending persons behind; the reads after it still work.
        Assert.Single(HouseholdReader.Stream(db, connection, transaction, M, LoadScope.Pending).Take(1));
        // Twice in one transaction: what the first read leaves behind must not disturb the second.
        for (int read = 0; read < 2; read++)
        {
            var pending = HouseholdReader.Read(db, connection, transaction, M, LoadScope.Pending);
            Assert.Equal(pendingIds, pending.Households.Select(h => h.Id));
            Assert.Equal(pendingIds, pending.PendingChanges.Keys.Order(StringComparer.Ordinal));
            Assert.Contains(pending.Households, h => h.Members.Any(p => p.Statuses is { Count: > 0 }));
            Assert.Contains(pending.Households, h => h.Members.Any(p => p.Incomes is { Count: > 0 }));
            foreach (var h in pending.Households) Assert.Equal(Canonical(all[h.Id]), Canonical(h));
        }
        var (population, changes, emptied) = HouseholdReader.ReadPopulation(db, connection, transaction, M, LoadScope.Pending);
        Assert.NotNull(population);
        Assert.Equal(pendingIds, population.HouseholdIdList);
        Assert.Equal(pendingIds.Sum(id => all[id].Members.Count), population.PersonCount);
        Assert.Equal(pendingIds, changes.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(emptied); // every pending household here still has members
    }

    [Fact]
    public void An_observation_wins_over_an_older_register_fact_and_loses_to_a_newer_one()
    {
        var register = new Housing { MonthlyRent = new Fact<decimal>(700m, FactSource.Register, new DateOnly(2025, 3, 1)) };
        ObservedFact Seen(string on, string field = "monthly_rent") => new()
        {
            Municipality = M, SubjectKind = "household", SubjectId = "h1", Field = field, Value = "540.50",
            ObservedOn = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), Source = "home-visit", Worker = "w1",
        };
        var after = ObservationOverlay.Apply(register, [Seen("2025-04-02")]);
        Assert.Equal(540.50m, after.MonthlyRent.Value);
        Assert.Equal(FactSource.HomeVisit, after.MonthlyRent.Source);
        Assert.Equal(new DateOnly(2025, 4, 2), after.MonthlyRent.AsOf);
        Assert.Equal(540.50m, ObservationOverlay.Apply(register, [Seen("2025-03-01")]).MonthlyRent.Value);
        Assert.Equal(700m, ObservationOverlay.Apply(register, [Seen("2025-02-28")]).MonthlyRent.Value);
        Assert.Throws<InvalidDataException>(() => ObservationOverlay.Apply(register, [Seen("2025-04-02", "insz")]));
    }
}
