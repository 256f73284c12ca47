using Microsoft.EntityFrameworkCore;

using TakeUp.Data.Ledger;
using TakeUp.Data.Storage;

namespace TakeUp.Runs.Ledger;

/// <summary>
/// The take-up ledger as people use it: record what a worker or a citizen did about a right (checked against
/// the pair's stage by <see cref="PersonActions"/>), and read a pair's history or the pairs in a stage — what
/// worklists, letters and dashboards are built on.
/// </summary>
public sealed class LedgerBook(Database database)
{
    public sealed record Note(LedgerEvent Event, string Actor, DateOnly On, string? Reason = null, string? Channel = null);

    private static readonly HashSet<string> Channels = ["letter", "phone", "visit", "desk", "email", "sms"];

    /// <summary>Records a person's event; throws <see cref="LedgerRefusal"/> with a plain message when it cannot be.</summary>
    public LedgerEntry Record(string municipality, string beneficiary, string right, Note note)
    {
        if (string.IsNullOrWhiteSpace(note.Actor)) throw new LedgerRefusal("an entry needs the actor who records it");
        if (PersonActions.NeedsReason(note.Event) && string.IsNullOrWhiteSpace(note.Reason))
            throw new LedgerRefusal($"'{Naming.Kebab(note.Event)}' needs a reason");
        if (note.Event == LedgerEvent.Contacted && (note.Channel is null || !Channels.Contains(note.Channel)))
            throw new LedgerRefusal($"a contact needs its channel, one of: {string.Join(", ", Channels.Order(StringComparer.Ordinal))}");

        using var db = database.Context();
        using var transaction = db.Database.BeginTransaction();
        MunicipalityLock.Acquire(db.Database.GetDbConnection(), Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction), municipality);
        var state = db.RightStates.SingleOrDefault(s => s.Municipality == municipality && s.BeneficiaryId == beneficiary && s.RightId == right)
                    ?? throw new LedgerRefusal($"{beneficiary} has no story for '{right}' yet: a run identifies a pair before people act on it");
        var current = Naming.ParseKebab<Stage>(state.Stage);
        var (after, problem) = PersonActions.Apply(note.Event, current);
        if (after is null) throw new LedgerRefusal(problem!);

        long id = (db.LedgerEntries.Where(e => e.Municipality == municipality).Max(e => (long?)e.EntryId) ?? 0) + 1;
        var entry = new LedgerEntry
        {
            Municipality = municipality, EntryId = id, BeneficiaryId = beneficiary, RightId = right, HouseholdId = state.HouseholdId,
            Event = Naming.Kebab(note.Event), StageAfter = Naming.Kebab(after.Value), OccurredOn = note.On, RecordedAt = DateTime.UtcNow,
            Actor = note.Actor, Channel = note.Channel, Reason = note.Reason,
            Outcome = state.Outcome, Action = state.Action, Amount = state.Amount,
        };
        db.LedgerEntries.Add(entry);
        if (after.Value != current)
        {
            state.Stage = Naming.Kebab(after.Value);
            state.StageSince = note.On;
            state.NoticeDate = null;
        }
        state.LastEntryId = id;
        db.SaveChanges();
        transaction.Commit();
        return entry;
    }

    /// <summary>Who reads a dossier, and through what ("cli ledger", later the dossier page).</summary>
    public sealed record Reader(string Account, string Via);

    /// <summary>
    /// A beneficiary's story, oldest first, for one right or all: a read of their dossier, recorded in
    /// <c>dossier_reads</c> before the story is handed over. When the record cannot be written, the story is not
    /// given (the exception says why).
    /// </summary>
    public IReadOnlyList<LedgerEntry> History(string municipality, string beneficiary, string? right, Reader reader)
    {
        if (string.IsNullOrWhiteSpace(reader.Account)) throw new LedgerRefusal("reading a dossier needs the reader's account");
        if (string.IsNullOrWhiteSpace(reader.Via)) throw new LedgerRefusal("reading a dossier needs to say through what");
        List<LedgerEntry> story;
        using (var db = database.Context())
            story = db.LedgerEntries.AsNoTracking()
                .Where(e => e.Municipality == municipality && e.BeneficiaryId == beneficiary && (right == null || e.RightId == right))
                .OrderBy(e => e.EntryId)
                .ToList();
        RecordRead(municipality, beneficiary, right, reader, story.Count);
        return story;
    }

    /// <summary>Who read a beneficiary's dossier, latest first (reading this list is not itself a dossier read).</summary>
    public IReadOnlyList<DossierRead> Reads(string municipality, string beneficiary, int limit = 100)
    {
        using var db = database.Context();
        return db.DossierReads.AsNoTracking()
            .Where(r => r.Municipality == municipality && r.BeneficiaryId == beneficiary)
            .OrderByDescending(r => r.ReadId)
            .Take(limit)
            .ToList();
    }

    /// <summary>
    /// Numbers reads per municipality without taking the municipality's write lock (a read must not wait for a
    /// run): two readers who draw the same number collide on the key, and the later one draws again.
    /// </summary>
    private void RecordRead(string municipality, string beneficiary, string? right, Reader reader, int entries)
    {
        for (int attempt = 1; ; attempt++)
        {
            using var db = database.Context();
            long id = (db.DossierReads.Where(r => r.Municipality == municipality).Max(r => (long?)r.ReadId) ?? 0) + 1;
            db.DossierReads.Add(new DossierRead
            {
                Municipality = municipality, ReadId = id, BeneficiaryId = beneficiary, RightId = right,
                Reader = reader.Account, Via = reader.Via, ReadAt = DateTime.UtcNow, Entries = entries,
            });
            try
            {
                db.SaveChanges();
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>Current states, filtered by stage and right, oldest stage first (a worklist's order).</summary>
    public IReadOnlyList<RightState> States(string municipality, Stage? stage = null, string? right = null, int limit = 100)
    {
        string? stageName = stage is { } s ? Naming.Kebab(s) : null;
        using var db = database.Context();
        return db.RightStates.AsNoTracking()
            .Where(x => x.Municipality == municipality && (stageName == null || x.Stage == stageName) && (right == null || x.RightId == right))
            .OrderBy(x => x.StageSince).ThenBy(x => x.BeneficiaryId).ThenBy(x => x.RightId)
            .Take(limit)
            .ToList();
    }

    /// <summary>How many pairs are in each stage, per right: the dashboard's first table.</summary>
    public IReadOnlyList<(string Right, string Stage, int Count)> Counts(string municipality)
    {
        using var db = database.Context();
        return db.RightStates.AsNoTracking()
            .Where(x => x.Municipality == municipality)
            .GroupBy(x => new { x.RightId, x.Stage })
            .Select(g => new { g.Key.RightId, g.Key.Stage, Count = g.Count() })
            .AsEnumerable()
            .OrderBy(x => x.RightId, StringComparer.Ordinal).ThenBy(x => x.Stage, StringComparer.Ordinal)
            .Select(x => (x.RightId, x.Stage, x.Count))
            .ToList();
    }
}

/// <summary>A ledger entry that cannot be recorded, with why, in plain words.</summary>
public sealed class LedgerRefusal(string message) : Exception(message);
