using TakeUp.Data.Ledger;
using TakeUp.Data.Storage;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Results;
using TakeUp.Runs.Ledger;
using TakeUp.Runs.Running;
using TakeUp.Synthetic;
using TakeUp.Testing;

namespace TakeUp.Runs.Tests;

public class PopulationRunTests
{
    private const string M = "44021";
    private static readonly DateOnly Day = new(2025, 6, 1);

    /// <summary>Synthetic households with person ids as the seeder stores them.</summary>
    private static List<Household> Households(int count, ulong seed = 7) =>
        PopulationGenerator.Generate(new PopulationOptions { Seed = seed, Households = count, ReferenceDate = Day })
            .Select(h => RegisterSeeder.WithPersonIds(h) with { Municipality = M })
            .ToList();

    private static (Database Db, List<Household> Households, RunSummary First) SeededAndRun(DatabaseKind kind, int count = 600)
    {
        var db = TestDatabases.Open(kind);
        var households = Households(count);
        RegisterSeeder.Seed(db, M, households);
        var first = new PopulationRun(db, BeVl.Catalog).Execute(new RunOptions(M, Day));
        return (db, households, first);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_first_run_records_every_identified_pair_as_one_by_one_evaluation_says(DatabaseKind kind)
    {
        var (db, households, first) = SeededAndRun(kind);
        Assert.Equal("full", first.Scope);
        Assert.Equal(households.Count, first.Households);

        using var read = db.Context();
        var states = read.RightStates.Where(s => s.Municipality == M).ToDictionary(s => (s.BeneficiaryId, s.RightId));
        int identified = 0;
        foreach (var household in households)
            foreach (var r in BeVl.Catalog.Evaluate(household, Day, Language.En).Results)
            {
                string id = r.Beneficiary == "household" ? household.Id : r.Beneficiary;
                if (r.Outcome == Outcome.NotEligible)
                {
                    Assert.False(states.ContainsKey((id, r.Right)), $"{id} {r.Right} is not eligible but has a state");
                    continue;
                }
                identified++;
                var s = states[(id, r.Right)];
                Assert.Equal(Wire.Name(r.Outcome), s.Outcome);
                Assert.Equal(Wire.Name(r.Action), s.Action);
                Assert.Equal(r.Amount?.Value, s.Amount);
                Assert.Equal(Data.Storage.Naming.Kebab(RunTransitions.StageFor(r.Action)), s.Stage);
            }
        Assert.Equal(identified, states.Count);
        Assert.Equal(identified, first.LedgerEntries);
        Assert.True(identified > households.Count, $"only {identified} pairs identified: the sample should exercise the catalog");
        Assert.Equal(first.LedgerEntries, read.LedgerEntries.Count(e => e.Municipality == M));
        // Every change is seen: none pending.
        var municipality = read.Municipalities.Single(x => x.Municipality == M);
        Assert.True(municipality.ChangesRecorded > 0);
        Assert.Equal(municipality.ChangesRecorded, municipality.ChangesEvaluated);
        Assert.Empty(read.Households.Where(h => h.Municipality == M && h.ChangeNumber > municipality.ChangesEvaluated));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_second_run_on_the_same_date_evaluates_no_one_and_writes_nothing(DatabaseKind kind)
    {
        var (db, _, first) = SeededAndRun(kind, 200);
        var second = new PopulationRun(db, BeVl.Catalog).Execute(new RunOptions(M, Day));
        Assert.Equal("incremental", second.Scope);
        Assert.Equal(0, second.Households);
        Assert.Equal(0, second.LedgerEntries);
        using var read = db.Context();
        Assert.Equal(first.LedgerEntries, read.LedgerEntries.Count());
        Assert.Equal(2, read.Runs.Count());

        var forced = new PopulationRun(db, BeVl.Catalog).Execute(new RunOptions(M, Day) { Full = true });
        Assert.Equal(200, forced.Households);
        Assert.Equal(0, forced.LedgerEntries);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Changed_facts_re_evaluate_only_their_household_and_each_entry_says_what_changed(DatabaseKind kind)
    {
        var (db, households, _) = SeededAndRun(kind);
        // A household with a right granted on its statuses: the statuses end, the incomes become unknown.
        var granted = new LedgerBook(db).States(M, Stage.Granted, limit: 1).Single();
        var target = households.Single(h => h.Id == granted.HouseholdId);
        var changed = target with { Members = target.Members.Select(p => p with { Statuses = [], Incomes = null }).ToList() };
        RegisterSeeder.Replace(db, M, changed, "statuses ended; incomes of every member no longer known");

        var run = new PopulationRun(db, BeVl.Catalog).Execute(new RunOptions(M, Day));
        Assert.Equal("incremental", run.Scope);
        Assert.Equal(1, run.Households);
        using var read = db.Context();
        var entries = read.LedgerEntries.Where(e => e.RunId == run.RunId).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(target.Id, e.HouseholdId));
        Assert.All(entries, e => Assert.Contains("statuses ended; incomes of every member no longer known", e.Reason));
        Assert.All(entries, e => Assert.Contains(" → ", e.Reason));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Each_entry_gives_the_changes_of_its_own_household_when_several_changed_differently(DatabaseKind kind)
    {
        var (db, households, _) = SeededAndRun(kind);
        var targets = new LedgerBook(db).States(M, Stage.Granted, limit: 50).Select(s => s.HouseholdId).Distinct().Take(3).ToList();
        Assert.Equal(3, targets.Count);
        var causes = new Dictionary<string, string>();
        foreach (var (id, n) in targets.Select((id, n) => (id, n)))
        {
            var target = households.Single(h => h.Id == id);
            var changed = target with { Members = target.Members.Select(p => p with { Statuses = [], Incomes = null }).ToList() };
            RegisterSeeder.Replace(db, M, changed, causes[id] = $"change number {n + 1} of this test");
        }

        var run = new PopulationRun(db, BeVl.Catalog).Execute(new RunOptions(M, Day));
        Assert.Equal(3, run.Households);
        using var read = db.Context();
        var entries = read.LedgerEntries.Where(e => e.RunId == run.RunId).ToList();
        Assert.Equal(targets.Order(), entries.Select(e => e.HouseholdId).Distinct().Order());
        foreach (var e in entries)
            foreach (var (household, cause) in causes)
                Assert.Equal(household == e.HouseholdId, e.Reason!.Contains(cause));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_granted_right_of_someone_who_left_becomes_an_end_proposal_with_a_notice_date(DatabaseKind kind)
    {
        var (db, households, _) = SeededAndRun(kind);
        var granted = new LedgerBook(db).States(M, Stage.Granted, limit: 1).Single();
        var gone = households.Single(h => h.Id == granted.HouseholdId) with { Members = [] };
        RegisterSeeder.Replace(db, M, gone, "all members moved out");

        var run = new PopulationRun(db, BeVl.Catalog).Execute(new RunOptions(M, Day) { NoticeDays = 45 });
        Assert.Equal(0, run.Households);
        using var read = db.Context();
        var entry = read.LedgerEntries.Single(e => e.RunId == run.RunId && e.BeneficiaryId == granted.BeneficiaryId && e.RightId == granted.RightId);
        Assert.Equal("end-proposed", entry.Event);
        Assert.Equal(Day.AddDays(45), entry.NoticeDate);
        Assert.Contains("no longer registered", entry.Reason);
        var state = read.RightStates.Single(s => s.BeneficiaryId == granted.BeneficiaryId && s.RightId == granted.RightId);
        Assert.Equal("end-proposed", state.Stage);
        Assert.Equal(Day.AddDays(45), state.NoticeDate);
        Assert.DoesNotContain(read.LedgerEntries, e => e.Event == "ended");
        // The empty row the removal left is gone once a run has seen it.
        Assert.False(read.Households.Any(h => h.HouseholdId == granted.HouseholdId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_workers_decision_wins_over_later_runs_and_is_recorded_with_its_reason(DatabaseKind kind)
    {
        var (db, households, _) = SeededAndRun(kind);
        var book = new LedgerBook(db);
        var proposed = book.States(M, Stage.Proposed, limit: 1).Single();
        Assert.Throws<LedgerRefusal>(() => book.Record(M, proposed.BeneficiaryId, proposed.RightId, new LedgerBook.Note(LedgerEvent.DecidedRefused, "worker-17", Day)));
        book.Record(M, proposed.BeneficiaryId, proposed.RightId,
            new LedgerBook.Note(LedgerEvent.DecidedRefused, "worker-17", Day, "home visit: lives with a partner who has income"));

        var gone = households.Single(h => h.Id == proposed.HouseholdId) with { Members = [] };
        RegisterSeeder.Replace(db, M, gone, "all members moved out");
        new PopulationRun(db, BeVl.Catalog).Execute(new RunOptions(M, Day));

        var history = book.History(M, proposed.BeneficiaryId, proposed.RightId, new LedgerBook.Reader("worker-17", "test"));
        Assert.Equal(["proposed", "decided-refused", "re-evaluated"], history.Select(e => e.Event));
        Assert.Equal("worker-17", history[1].Actor);
        Assert.Equal("home visit: lives with a partner who has income", history[1].Reason);
        Assert.Equal("refused", history[2].StageAfter);
        Assert.Equal("refused", book.States(M, Stage.Refused).Single(s => s.BeneficiaryId == proposed.BeneficiaryId).Stage);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void Every_read_of_a_dossier_is_recorded_with_who_read_how_much_and_through_what(DatabaseKind kind)
    {
        var (db, _, _) = SeededAndRun(kind);
        var book = new LedgerBook(db);
        var pair = book.States(M, limit: 1).Single();
        var before = DateTime.UtcNow.AddSeconds(-1);

        var story = book.History(M, pair.BeneficiaryId, null, new LedgerBook.Reader("worker-17", "cli ledger"));
        book.History(M, pair.BeneficiaryId, pair.RightId, new LedgerBook.Reader("worker-3", "dossier page"));
        Assert.Throws<LedgerRefusal>(() => book.History(M, pair.BeneficiaryId, null, new LedgerBook.Reader("", "cli ledger")));

        var reads = book.Reads(M, pair.BeneficiaryId);
        Assert.Equal(2, reads.Count);
        Assert.Equal(("worker-3", "dossier page", pair.RightId), (reads[0].Reader, reads[0].Via, reads[0].RightId));
        Assert.Equal(("worker-17", "cli ledger", (string?)null, story.Count), (reads[1].Reader, reads[1].Via, reads[1].RightId, reads[1].Entries));
        Assert.True(reads[0].ReadId > reads[1].ReadId);
        Assert.All(reads, r => Assert.InRange(r.ReadAt, before, DateTime.UtcNow.AddSeconds(1)));
        Assert.Empty(book.Reads(M, "someone-else"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_run_on_a_later_date_evaluates_everyone_and_quotes_the_date_and_the_laws_changes(DatabaseKind kind)
    {
        var (db, _, _) = SeededAndRun(kind);
        var later = new DateOnly(2026, 6, 1);
        var run = new PopulationRun(db, BeVl.Catalog).Execute(new RunOptions(M, later));
        Assert.Equal("full", run.Scope);
        using var read = db.Context();
        var entries = read.LedgerEntries.Where(e => e.RunId == run.RunId && e.Event == "re-evaluated").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains("evaluated on 2026-06-01 (previous run 2025-06-01)", e.Reason));
        var lawChanged = BeVl.Catalog.Rights.Where(r => BeVl.Catalog.ParameterChanges(r.Id, Day, later).Count > 0).Select(r => r.Id).ToHashSet();
        Assert.NotEmpty(lawChanged);
        Assert.All(entries.Where(e => lawChanged.Contains(e.RightId)), e => Assert.Contains("parameter ", e.Reason));
        Assert.All(entries.Where(e => !lawChanged.Contains(e.RightId)), e => Assert.DoesNotContain("parameter ", e.Reason));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public void A_person_who_moves_keeps_their_story_under_the_new_household(DatabaseKind kind)
    {
        var (db, households, _) = SeededAndRun(kind);
        var book = new LedgerBook(db);
        var origin = households.First(h => h.Members.Count >= 2 && book.States(M, limit: 100_000).Any(s => s.BeneficiaryId == h.Members[1].Id));
        var destination = households.First(h => h.Id != origin.Id && h.Members.Count >= 1);
        var mover = origin.Members[1];
        RegisterSeeder.Replace(db, M, origin with { Members = origin.Members.Where(p => p.Id != mover.Id).ToList() }, $"person {mover.Id} moved out");
        RegisterSeeder.Replace(db, M, destination with { Members = [.. destination.Members, mover with { Relation = Relation.Unrelated, PartnerKind = null }] }, $"person {mover.Id} moved in");

        var run = new PopulationRun(db, BeVl.Catalog).Execute(new RunOptions(M, Day));
        Assert.Equal(2, run.Households);
        using var read = db.Context();
        Assert.DoesNotContain(read.LedgerEntries.Where(e => e.RunId == run.RunId && e.BeneficiaryId == mover.Id), e => e.Reason!.Contains("no longer registered"));
        var states = read.RightStates.Where(s => s.BeneficiaryId == mover.Id).ToList();
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal(destination.Id, s.HouseholdId));
    }
}
