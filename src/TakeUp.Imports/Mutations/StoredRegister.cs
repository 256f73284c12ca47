using TakeUp.Imports.Register;

namespace TakeUp.Imports.Mutations;

/// <summary>
/// The part of the stored register that a mutations file reaches, loaded household by household as operations
/// name them, and kept for the whole import (a quarantine pass replays the operations from these originals).
/// </summary>
internal sealed class StoredRegister(RegisterStore store)
{
    private readonly Dictionary<string, RegisterHousehold?> _households = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _personHousehold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _inszHousehold = new(StringComparer.Ordinal);

    public RegisterHousehold? Household(string id)
    {
        if (_households.TryGetValue(id, out var household)) return household;
        household = store.LoadHousehold(id);
        _households[id] = household;
        if (household is not null)
            foreach (var person in household.Persons) _personHousehold[person.Id] = id;
        return household;
    }

    /// <summary>Where the person is stored (loading that household), or null.</summary>
    public string? HouseholdOfPerson(string personId)
    {
        if (!_personHousehold.TryGetValue(personId, out var id))
        {
            id = store.HouseholdOfPerson(personId);
            _personHousehold[personId] = id;
        }
        if (id is not null) Household(id);
        return id;
    }

    /// <summary>Loads the household of the stored person with this INSZ, if any, so that uniqueness can be checked in memory.</summary>
    public void LoadOwnerOfInsz(string insz)
    {
        if (!_inszHousehold.TryGetValue(insz, out var id))
        {
            id = store.HouseholdOfInsz(insz);
            _inszHousehold[insz] = id;
        }
        if (id is not null) Household(id);
    }

    public IEnumerable<string> LoadedHouseholds => _households.Keys;
}
