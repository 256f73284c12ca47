using TakeUp.Data.Register;

namespace TakeUp.Imports.Register;

/// <summary>
/// What changed in a household between what is stored and what an import brings, as the lines that
/// <c>households.pending_changes</c> holds: one per change, naming fields and person ids, never values.
/// A fact counts as changed when its value, its source or its as_of changed (a newer as_of can make a stale
/// fact fresh again, so it too deserves a new evaluation).
/// </summary>
internal static class RegisterDiff
{
    public const string NewHousehold = "new household";

    /// <param name="storedHouseholdOf">where a person lives in the stored register (null: not stored)</param>
    /// <param name="incomingHouseholdOf">where a person lives after the import (null: gone)</param>
    public static List<string> Changes(RegisterHousehold? stored, RegisterHousehold incoming,
        Func<string, string?> storedHouseholdOf, Func<string, string?> incomingHouseholdOf)
    {
        var lines = new List<string>();
        if (stored is null)
        {
            lines.Add(NewHousehold);
            return lines;
        }
        foreach (var field in FactFields.Household)
            Compare(lines, "housing: " + field.Name, field, stored.Row, incoming.Row);

        var before = stored.Persons.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var after = incoming.Persons.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var person in incoming.Persons)
        {
            if (before.TryGetValue(person.Id, out var old))
                ComparePerson(lines, old, person);
            else
                lines.Add(storedHouseholdOf(person.Id) is { } from && from != incoming.Id ? $"person {person.Id} moved in" : $"person {person.Id} added");
        }
        foreach (var person in stored.Persons)
            if (!after.ContainsKey(person.Id))
                lines.Add(incomingHouseholdOf(person.Id) is { } to && to != incoming.Id ? $"person {person.Id} moved out" : $"person {person.Id} removed");
        return lines;
    }

    /// <summary>The lines still waiting for a run, then the new ones; a line already waiting is not repeated.</summary>
    public static string? Merge(string? pending, IEnumerable<string> lines)
    {
        var all = new List<string>();
        if (pending is not null) all.AddRange(pending.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (var line in lines)
            if (!all.Contains(line)) all.Add(line);
        return all.Count == 0 ? null : string.Join('\n', all);
    }

    private static void ComparePerson(List<string> lines, RegisterPerson old, RegisterPerson now)
    {
        string who = $"person {now.Id}: ";
        if (old.Row.Relation != now.Row.Relation) lines.Add(who + "relation changed");
        if (old.Row.PartnerKind != now.Row.PartnerKind) lines.Add(who + "partner_kind changed");
        if (old.Row.Insz != now.Row.Insz) lines.Add(who + "insz changed");
        foreach (var field in FactFields.Person)
            Compare(lines, who + field.Name, field, old.Row, now.Row);
        if (old.Row.StatusesKnown != now.Row.StatusesKnown || !SameStatuses(old.Statuses, now.Statuses))
            lines.Add(who + "statuses changed");
        if (old.Row.IncomesKnown != now.Row.IncomesKnown || !SameIncomes(old.Incomes, now.Incomes))
            lines.Add(who + "incomes changed");
    }

    private static void Compare<TRow>(List<string> lines, string name, FactField<TRow> field, TRow old, TRow now)
    {
        if (!field.SameValue(old, now)) lines.Add(name + " changed");
        else if (!field.SameProvenance(old, now)) lines.Add(name + " confirmed again (source or as_of changed)");
    }

    public static bool SameStatuses(List<StatusRow> a, List<StatusRow> b) =>
        a.Count == b.Count && a.All(x => b.Any(y => x.Status == y.Status && x.Since == y.Since && x.Until == y.Until && x.Source == y.Source && x.AsOf == y.AsOf));

    public static bool SameIncomes(List<IncomeRow> a, List<IncomeRow> b)
    {
        if (a.Count != b.Count) return false;
        var unmatched = new List<IncomeRow>(b);
        foreach (var x in a)
        {
            int i = unmatched.FindIndex(y => x.Kind == y.Kind && x.Year == y.Year && x.GrossTaxable == y.GrossTaxable
                                             && x.NetMonthly == y.NetMonthly && x.Source == y.Source && x.AsOf == y.AsOf);
            if (i < 0) return false;
            unmatched.RemoveAt(i);
        }
        return true;
    }
}
