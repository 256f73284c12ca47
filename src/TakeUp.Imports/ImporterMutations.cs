using System.Diagnostics;
using TakeUp.Data.Imports;
using TakeUp.Data.Storage;
using TakeUp.Imports.Mutations;
using TakeUp.Imports.Register;
using TakeUp.Imports.Snapshots;
using TakeUp.Imports.Validation;

namespace TakeUp.Imports;

public sealed partial class Importer
{
    public ImportReport ImportMutations(string municipality, string path)
    {
        var clock = Stopwatch.StartNew();
        var problems = new ProblemList(_options.MaxProblems);
        var report = new ImportReport { Outcome = ImportOutcome.Refused, Kind = "mutations", Path = path };
        if (Values.NisProblem(municipality) is { } nisProblem)
            return Refused(report, problems, "municipality", nisProblem, clock);
        if (!File.Exists(path))
            return Refused(report, problems, null, "no such file or folder", clock);

        string identity = MutationReader.Identity(path);
        report = report with { Sha256 = identity };
        if (AlreadyApplied(municipality, identity) is { } earlier)
            return Finish(Earlier(report, earlier), problems, clock);

        Progress?.Report(new ImportProgress("read " + Path.GetFileName(path), 0, null));
        var content = new MutationReader(path, municipality, problems).Read();
        if (content is null) return Finish(report, problems, clock);
        var operations = content.Operations;
        report = report with { Records = operations.Count };

        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var store = new RegisterStore(connection, transaction, municipality);
        DateTime now = _options.Clock.GetUtcNow().UtcDateTime;
        store.LockMunicipality(now);
        if (store.FindImport(identity) is { } raced)
            return Finish(Earlier(report, raced), problems, clock);

        // Play the operations; in quarantine mode, play them again without the households that turned out bad,
        // until no new household does (each round removes at least one household, so this ends).
        Progress?.Report(new ImportProgress("apply operations", 0, operations.Count));
        var stored = new StoredRegister(store);
        stored.Preload(operations);
        var skip = new HashSet<string>(StringComparer.Ordinal);
        var causes = new Dictionary<string, ImportProblem>(StringComparer.Ordinal);
        var found = new Dictionary<int, List<ImportProblem>>();
        MutationRun run;
        while (true)
        {
            run = new MutationRun(stored, skip, municipality, Path.GetFileName(path));
            run.Play(operations);
            foreach (var (line, list) in run.Problems) found.TryAdd(line, list);
            if (!_options.Quarantine || run.NewBad.Count == 0) break;
            foreach (var (id, cause) in run.NewBad) { skip.Add(id); causes.TryAdd(id, cause); }
        }

        var bad = new List<BadRecord>();
        foreach (var op in operations)
        {
            var own = op.Problems.Concat(found.GetValueOrDefault(op.Line) ?? []).ToList();
            foreach (var problem in own) problems.Add(problem);
            if (own.Count > 0)
                bad.Add(new BadRecord(Path.GetFileName(path), op.Line, null, own) { Raw = op.Raw });
            else if (run.Skipped.TryGetValue(op.Line, out var household))
                bad.Add(new BadRecord(Path.GetFileName(path), op.Line, household,
                    [new ImportProblem(Path.GetFileName(path), op.Line, null, $"household {household} is quarantined: {causes.GetValueOrDefault(household)}")]) { Raw = op.Raw });
        }
        if (problems.Any && !_options.Quarantine)
            return Finish(report, problems, clock); // the transaction rolls back: nothing was written

        long importId = store.NextId("imports", "import_id");
        var conflicts = new Conflicts(store.LatestObservations(), importId, now);
        var plan = new ApplyPlan(importId);
        foreach (var id in run.Touched.Keys)
        {
            if (skip.Contains(id)) continue;
            var old = stored.Household(id);
            var current = run.Current(id);
            if (current is null)
            {
                if (old is not null) plan.Remove(old);
                continue;
            }
            var lines = RegisterDiff.Changes(old, current, stored.HouseholdOfPerson, run.HouseholdOf);
            if (lines.Count == 0) continue;
            plan.Change(old, current, lines);
            conflicts.Check(old, current, personId => stored.HouseholdOfPerson(personId) is { } at ? stored.Household(at)?.Persons.FirstOrDefault(p => p.Id == personId) : null);
        }
        plan.Apply(store, null, Progress);
        if (conflicts.Found.Count > 0)
            store.InsertConflicts(Renumber(conflicts.Found, store.NextId("fact_conflicts", "conflict_id")));
        int quarantined = StoreQuarantine(store, importId, bad);
        store.InsertImport(new ImportRecord
        {
            Municipality = municipality, ImportId = importId, Kind = "mutations", FileName = Path.GetFileName(path),
            Sha256 = identity, AppliedAt = now, Records = operations.Count, Quarantined = quarantined, HouseholdsChanged = plan.Changed,
        });
        transaction.Commit();
        Statistics.Refresh(connection, "households", "persons", "statuses", "incomes");
        return Finish(report with
        {
            Outcome = ImportOutcome.Applied, ImportId = importId, HouseholdsAdded = plan.Added, HouseholdsModified = plan.Modified,
            HouseholdsRemoved = plan.Removed, Quarantined = quarantined, Conflicts = conflicts.Found.Count,
        }, problems, clock);
    }
}
