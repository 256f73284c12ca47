using TakeUp.Imports.Register;
using TakeUp.Imports.Validation;

namespace TakeUp.Imports.Snapshots;

/// <summary>What a snapshot folder holds once read and checked: the households that passed, and what did not.</summary>
internal sealed class SnapshotContent(Manifest manifest, string identity)
{
    public Manifest Manifest { get; } = manifest;

    /// <summary>The SHA-256 of manifest.json, which covers the files' hashes: the snapshot's identity.</summary>
    public string Identity { get; } = identity;

    /// <summary>Households whose own record passed (their members may still make them bad: see <see cref="BadHouseholds"/>).</summary>
    public Dictionary<string, RegisterHousehold> Households { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RegisterPerson> Persons { get; } = new(StringComparer.Ordinal);

    /// <summary>Household ids with a bad record of their own or of one of their persons, statuses or incomes.</summary>
    public Dictionary<string, ImportProblem> BadHouseholds { get; } = new(StringComparer.Ordinal);

    /// <summary>Persons whose record failed but whose household is known, so that their statuses and incomes can follow them.</summary>
    public Dictionary<string, string> HouseholdOfBadPerson { get; } = new(StringComparer.Ordinal);

    public List<BadRecord> BadRecords { get; } = [];

    public long Records { get; set; }

    public void MarkBad(string householdId, ImportProblem cause) => BadHouseholds.TryAdd(householdId, cause);

    public string? HouseholdOfPerson(string personId) =>
        Persons.TryGetValue(personId, out var person) ? person.Row.HouseholdId
        : HouseholdOfBadPerson.GetValueOrDefault(personId);
}
