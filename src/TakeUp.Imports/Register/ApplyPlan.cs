namespace TakeUp.Imports.Register;

/// <summary>
/// The households an import rewrites or removes. A changed household is deleted with its stored persons and
/// written again whole, with its pending_changes lines; households the import does not change are not touched.
/// </summary>
internal sealed class ApplyPlan(long importId)
{
    private readonly List<RegisterHousehold> _write = [];
    private readonly HashSet<string> _deleteHouseholds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deletePersons = new(StringComparer.Ordinal);

    public int Added { get; private set; }
    public int Modified { get; private set; }
    public int Removed { get; private set; }
    public int Changed => Added + Modified + Removed;

    public void Change(RegisterHousehold? stored, RegisterHousehold incoming, List<string> lines)
    {
        incoming.Row.PendingChanges = RegisterDiff.Merge(stored?.Row.PendingChanges, lines);
        incoming.Row.ChangedByImport = importId;
        foreach (var person in incoming.Persons)
        {
            person.Row.HouseholdId = incoming.Id;
            // A person who moved in is deleted where they were stored (that household changes too).
            _deletePersons.Add(person.Id);
        }
        _write.Add(incoming);
        if (stored is null) { Added++; return; }
        Modified++;
        Forget(stored);
    }

    /// <summary>
    /// Removes a household's persons and facts but keeps its row, empty, with "household removed" as a pending
    /// change: the next population run then ends (proposes to end) its former members' rights, which are never
    /// stopped silently, and deletes the empty row. A household that is already such an empty row stays as it is.
    /// </summary>
    public void Remove(RegisterHousehold stored)
    {
        if (stored.Persons.Count == 0) return;
        Removed++;
        Forget(stored);
        var row = new Data.Register.HouseholdRow
        {
            Municipality = stored.Row.Municipality, HouseholdId = stored.Id,
            PendingChanges = RegisterDiff.Merge(stored.Row.PendingChanges, ["household removed"]), ChangedByImport = importId,
        };
        _write.Add(new RegisterHousehold(row));
    }

    private void Forget(RegisterHousehold stored)
    {
        _deleteHouseholds.Add(stored.Id);
        foreach (var person in stored.Persons) _deletePersons.Add(person.Id);
    }

    /// <param name="storedHouseholds">how many households the municipality has stored (null: not counted)</param>
    public void Apply(RegisterStore store, int? storedHouseholds, IProgress<ImportProgress>? progress)
    {
        progress?.Report(new ImportProgress("delete replaced rows", 0, null));
        bool everything = storedHouseholds > 0 && _deleteHouseholds.Count == storedHouseholds;
        if (storedHouseholds != 0) store.Delete(_deleteHouseholds, _deletePersons, everything);
        if (_write.Count > 0)
        {
            // One number for the whole import: the households it changes are pending until a run has seen it.
            long changeNumber = store.NextChangeNumber();
            foreach (var household in _write) household.Row.ChangeNumber = changeNumber;
        }
        store.Insert(_write, progress, _write.Count);
    }
}
