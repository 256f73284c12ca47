using System.Diagnostics;
using TakeUp.Data.Imports;
using TakeUp.Data.Storage;
using TakeUp.Imports.Register;
using TakeUp.Imports.Snapshots;
using TakeUp.Imports.Validation;

namespace TakeUp.Imports;

/// <summary>
/// Applies a snapshot folder or a mutations file to one municipality's register, in one transaction: all of it,
/// nothing of it (strict, the default), or everything valid with the rest in quarantine. A file already applied
/// (same SHA-256) changes nothing. See docs/data-formats.md.
/// </summary>
public sealed partial class Importer(Database database, ImportOptions? options = null)
{
    private readonly ImportOptions _options = options ?? new ImportOptions();

    private IProgress<ImportProgress>? Progress => _options.Progress;

    /// <summary>A folder is a snapshot, a file a mutations file.</summary>
    public ImportReport Import(string municipality, string path) =>
        Directory.Exists(path) ? ImportSnapshot(municipality, path) : ImportMutations(municipality, path);

    public ImportReport ImportSnapshot(string municipality, string folder)
    {
        var clock = Stopwatch.StartNew();
        var problems = new ProblemList(_options.MaxProblems);
        var report = new ImportReport { Outcome = ImportOutcome.Refused, Kind = "snapshot", Path = folder };
        if (Values.NisProblem(municipality) is { } nisProblem)
            return Refused(report, problems, "municipality", nisProblem, clock);

        var reader = new SnapshotReader(folder, municipality, problems, Progress);
        if (reader.ReadManifest() is not var (manifest, identity))
            return Finish(report, problems, clock);
        report = report with { Sha256 = identity };
        if (AlreadyApplied(municipality, identity) is { } earlier)
        {
            // The manifest was applied before; say so only if the files are still the ones it describes.
            return reader.FilesMatch(manifest)
                ? Finish(Earlier(report, earlier), problems, clock)
                : Finish(report, problems, clock);
        }

        var content = reader.Read(manifest, identity);
        if (content is null || (problems.Any && !_options.Quarantine))
            return Finish(report with { Records = content?.Records ?? 0 }, problems, clock);

        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var store = new RegisterStore(connection, transaction, municipality);
        DateTime now = _options.Clock.GetUtcNow().UtcDateTime;
        store.LockMunicipality(now);
        if (store.FindImport(identity) is { } raced)
            return Finish(Earlier(report, raced), problems, clock);

        var stored = store.LoadAll(Progress);
        if (_options.Quarantine && content.BadHouseholds.Count > 0)
        {
            KeepQuarantinedHouseholdsConsistent(content, stored, problems);
            reader.CollectDependents(content);
        }

        long importId = store.NextId("imports", "import_id");
        var storedPersons = new Dictionary<string, RegisterPerson>(StringComparer.Ordinal);
        foreach (var household in stored.Values)
            foreach (var person in household.Persons)
                storedPersons[person.Id] = person;
        var conflicts = new Conflicts(store.LatestObservations(), importId, now);

        var plan = new ApplyPlan(importId);
        foreach (var incoming in content.Households.Values)
        {
            if (content.BadHouseholds.ContainsKey(incoming.Id)) continue;
            stored.TryGetValue(incoming.Id, out var old);
            var lines = RegisterDiff.Changes(old, incoming,
                id => storedPersons.TryGetValue(id, out var p) ? p.Row.HouseholdId : null,
                id => content.Persons.TryGetValue(id, out var p) && !content.BadHouseholds.ContainsKey(p.Row.HouseholdId) ? p.Row.HouseholdId : null);
            if (lines.Count == 0) continue;
            plan.Change(old, incoming, lines);
            conflicts.Check(old, incoming, id => storedPersons.GetValueOrDefault(id));
        }
        foreach (var old in stored.Values)
            if (!content.Households.ContainsKey(old.Id) && !content.BadHouseholds.ContainsKey(old.Id))
                plan.Remove(old);

        plan.Apply(store, stored.Count, Progress);
        if (conflicts.Found.Count > 0)
            store.InsertConflicts(Renumber(conflicts.Found, store.NextId("fact_conflicts", "conflict_id")));
        int quarantined = StoreQuarantine(store, importId, content.BadRecords);
        store.InsertImport(new ImportRecord
        {
            Municipality = municipality, ImportId = importId, Kind = "snapshot", FileName = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)),
            Sha256 = identity, AppliedAt = now, Records = (int)content.Records, Quarantined = quarantined, HouseholdsChanged = plan.Changed,
        });
        Progress?.Report(new ImportProgress("commit", 0, null));
        transaction.Commit();
        Statistics.Refresh(connection, "households", "persons", "statuses", "incomes");
        return Finish(report with
        {
            Outcome = ImportOutcome.Applied, ImportId = importId, Records = content.Records, HouseholdsAdded = plan.Added,
            HouseholdsModified = plan.Modified, HouseholdsRemoved = plan.Removed, Quarantined = quarantined, Conflicts = conflicts.Found.Count,
        }, problems, clock);
    }

    /// <summary>
    /// A quarantined household stays as stored, persons and INSZ numbers included; a good household of the file
    /// that claims one of those would collide with it, so it is quarantined too (and so on, until none does).
    /// </summary>
    private static void KeepQuarantinedHouseholdsConsistent(SnapshotContent content, Dictionary<string, RegisterHousehold> stored, ProblemList problems)
    {
        while (true)
        {
            var claimedPersons = new Dictionary<string, string>(StringComparer.Ordinal);
            var claimedInsz = new Dictionary<string, (string Person, string Household)>(StringComparer.Ordinal);
            foreach (var id in content.BadHouseholds.Keys)
                if (stored.TryGetValue(id, out var kept))
                    foreach (var person in kept.Persons)
                    {
                        claimedPersons[person.Id] = kept.Id;
                        if (person.Row.Insz is { } insz) claimedInsz[insz] = (person.Id, kept.Id);
                    }
            bool more = false;
            foreach (var household in content.Households.Values)
            {
                if (content.BadHouseholds.ContainsKey(household.Id)) continue;
                foreach (var person in household.Persons)
                {
                    string? reason =
                        claimedPersons.TryGetValue(person.Id, out var keeper) ? $"person {person.Id} is still in household {keeper}, which is quarantined"
                        : person.Row.Insz is { } insz && claimedInsz.TryGetValue(insz, out var owner) && owner.Person != person.Id
                            ? $"person {person.Id} has the INSZ of person {owner.Person} of household {owner.Household}, which is quarantined"
                        : null;
                    if (reason is null) continue;
                    var problem = problems.Add(SnapshotFormat.PersonsFile, person.Line, "person_id", reason);
                    content.MarkBad(household.Id, problem);
                    content.BadRecords.Add(new BadRecord(SnapshotFormat.PersonsFile, person.Line, household.Id, [problem]));
                    more = true;
                    break;
                }
            }
            if (!more) return;
        }
    }

    private static List<TakeUp.Data.Register.FactConflict> Renumber(List<TakeUp.Data.Register.FactConflict> conflicts, long first)
    {
        for (int i = 0; i < conflicts.Count; i++) conflicts[i].ConflictId = first + i;
        return conflicts;
    }

    private static int StoreQuarantine(RegisterStore store, long importId, List<BadRecord> records)
    {
        if (records.Count == 0) return 0;
        int seq = 0;
        var rows = new List<QuarantinedRecord>();
        foreach (var record in records.OrderBy(r => FileOrder(r.File)).ThenBy(r => r.Line))
            foreach (var problem in record.Problems)
                rows.Add(new QuarantinedRecord
                {
                    Municipality = store.Municipality, ImportId = importId, Seq = ++seq, File = record.File, Line = record.Line,
                    Field = problem.Field, Reason = problem.Reason, Raw = record.Raw ?? "",
                });
        store.InsertQuarantined(rows);
        return records.Select(r => (r.File, r.Line)).Distinct().Count();
    }

    private static int FileOrder(string file) => file switch
    {
        SnapshotFormat.HouseholdsFile => 0,
        SnapshotFormat.PersonsFile => 1,
        SnapshotFormat.StatusesFile => 2,
        SnapshotFormat.IncomesFile => 3,
        _ => 4,
    };

    private ImportRecord? AlreadyApplied(string municipality, string sha256)
    {
        using var connection = database.OpenConnection();
        return new RegisterStore(connection, null, municipality).FindImport(sha256);
    }

    private static ImportReport Earlier(ImportReport report, ImportRecord earlier) => report with
    {
        Outcome = ImportOutcome.AlreadyApplied, ImportId = earlier.ImportId, PreviouslyAppliedAt = earlier.AppliedAt, Records = earlier.Records,
    };

    private static ImportReport Refused(ImportReport report, ProblemList problems, string? field, string reason, Stopwatch clock)
    {
        problems.Add(report.Path, 0, field, reason);
        return Finish(report, problems, clock);
    }

    private static ImportReport Finish(ImportReport report, ProblemList problems, Stopwatch clock) => report with
    {
        Problems = problems.Kept, ProblemCount = problems.Count, Elapsed = clock.Elapsed,
    };
}
