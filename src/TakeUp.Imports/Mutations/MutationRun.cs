using TakeUp.Data.Register;
using TakeUp.Imports.Register;
using TakeUp.Imports.Validation;

namespace TakeUp.Imports.Mutations;

/// <summary>
/// Plays a mutations file's operations, in order, on working copies of the stored households, checking every
/// reference against the register as it stands after the operations before. Operations that touch a household
/// in <paramref name="skip"/> are not played (quarantine: the household stays as stored).
/// </summary>
internal sealed class MutationRun(StoredRegister stored, IReadOnlySet<string> skip, string municipality, string file)
{
    private readonly Dictionary<string, RegisterHousehold?> _working = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _personAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inszSetOn = new(StringComparer.Ordinal);

    /// <summary>Problems found while playing, per operation line (the operations' own problems are not repeated here).</summary>
    public Dictionary<int, List<ImportProblem>> Problems { get; } = [];

    /// <summary>Households that a problem found in this run makes bad, with the first problem.</summary>
    public Dictionary<string, ImportProblem> NewBad { get; } = new(StringComparer.Ordinal);

    /// <summary>Operations not played because they touch a household in quarantine: line → that household.</summary>
    public Dictionary<int, string> Skipped { get; } = [];

    /// <summary>The last operation line that touched each household.</summary>
    public Dictionary<string, int> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>The household as the operations left it; null when it does not exist (any more).</summary>
    public RegisterHousehold? Current(string id) => Working(id);

    /// <summary>Where a person lives after the operations, or null.</summary>
    public string? HouseholdOf(string personId) => PersonAt(personId);

    public void Play(IReadOnlyList<Operation> operations)
    {
        foreach (var op in operations)
        {
            var refs = References(op);
            if (op.Problems.Count > 0)
            {
                foreach (var id in refs) MarkBad(id, op.Problems[0]);
                continue;
            }
            if (refs.FirstOrDefault(skip.Contains) is { } quarantined)
            {
                Skipped[op.Line] = quarantined;
                continue;
            }
            var problems = new List<(string? Field, string Reason)>();
            var touched = new List<string>(refs);
            Apply(op, problems, touched);
            foreach (var id in touched) Touched[id] = op.Line;
            if (problems.Count == 0) continue;
            var list = problems.Select(p => new ImportProblem(file, op.Line, p.Field, p.Reason)).ToList();
            Problems[op.Line] = list;
            foreach (var id in touched) MarkBad(id, list[0]);
        }
        CheckHouseholds();
    }

    private List<string> References(Operation op)
    {
        var refs = new List<string>(2);
        if (op.Household is { } household) refs.Add(household);
        if (op.Person is { } person && PersonAt(person) is { } at && !refs.Contains(at)) refs.Add(at);
        return refs;
    }

    private void Apply(Operation op, List<(string?, string)> problems, List<string> touched)
    {
        switch (op.Op)
        {
            case "upsert-household":
            {
                var household = Working(op.Household!);
                if (household is null)
                {
                    household = new RegisterHousehold(new HouseholdRow { Municipality = municipality, HouseholdId = op.Household! }) { Line = op.Line };
                    _working[op.Household!] = household;
                }
                foreach (var (field, value) in op.Housing) field.Set(household.Row, value, op.Source, op.AsOf);
                break;
            }
            case "remove-household":
            {
                var household = Working(op.Household!);
                if (household is null) { problems.Add(("household", $"no household {op.Household}")); break; }
                foreach (var person in household.Persons) _personAt[person.Id] = null;
                _working[op.Household!] = null;
                break;
            }
            case "upsert-person":
                UpsertPerson(op, problems, touched);
                break;
            case "remove-person":
            {
                if (Person(op, problems) is not var (household, person)) break;
                household.Persons.Remove(person);
                _personAt[person.Id] = null;
                break;
            }
            case "set-statuses":
            {
                if (Person(op, problems) is not var (_, person)) break;
                var list = op.Statuses;
                if (list is not null && list.GroupBy(s => (s.Status, s.Since)).FirstOrDefault(g => g.Count() > 1) is { } twice)
                {
                    problems.Add(("statuses", $"status {twice.Key.Status} since {Values.Format(twice.Key.Since)} is listed twice"));
                    break;
                }
                person.Statuses.Clear();
                person.Row.StatusesKnown = list is not null;
                foreach (var s in list ?? []) person.Statuses.Add(Own(s, person.Id));
                break;
            }
            case "add-status":
            {
                if (Person(op, problems) is not var (_, person)) break;
                if (!person.Row.StatusesKnown) { problems.Add(("person", $"the statuses of person {person.Id} are unknown; give the whole list with set-statuses")); break; }
                person.Statuses.RemoveAll(s => s.Status == op.Status!.Status && s.Since == op.Status.Since);
                person.Statuses.Add(Own(op.Status!, person.Id));
                break;
            }
            case "end-status":
            {
                if (Person(op, problems) is not var (_, person)) break;
                var period = person.Statuses.FirstOrDefault(s => s.Status == op.Status!.Status && s.Since == op.Status.Since);
                if (period is null) { problems.Add(("since", $"person {person.Id} has no status {op.Status!.Status} since {Values.Format(op.Status.Since)}")); break; }
                period.Until = op.Status!.Until;
                period.Source = op.Source;
                period.AsOf = op.AsOf;
                break;
            }
            case "set-incomes":
            {
                if (Person(op, problems) is not var (_, person)) break;
                var list = op.Incomes;
                if (list is not null && list.GroupBy(i => (i.Kind, i.Year)).FirstOrDefault(g => g.Count() > 1) is { } twice)
                {
                    problems.Add(("incomes", $"a {twice.Key.Kind} income for {twice.Key.Year} is listed twice"));
                    break;
                }
                person.Incomes.Clear();
                person.Row.IncomesKnown = list is not null;
                foreach (var i in list ?? []) person.Incomes.Add(Own(i, person.Id));
                break;
            }
            case "upsert-income":
            case "remove-income":
            {
                if (Person(op, problems) is not var (_, person)) break;
                if (!person.Row.IncomesKnown) { problems.Add(("person", $"the incomes of person {person.Id} are unknown; give the whole list with set-incomes")); break; }
                var income = op.Income!;
                int removed = person.Incomes.RemoveAll(i => i.Kind == income.Kind && i.Year == income.Year && i.Source == op.Source);
                if (op.Op == "remove-income" && removed == 0)
                    problems.Add(("year", $"person {person.Id} has no {income.Kind} income for {income.Year} from {op.Source}"));
                if (op.Op == "upsert-income") person.Incomes.Add(Own(income, person.Id));
                break;
            }
        }
    }

    private void UpsertPerson(Operation op, List<(string?, string)> problems, List<string> touched)
    {
        string id = op.Person!;
        string? currentId = PersonAt(id);
        var current = currentId is null ? null : Working(currentId);
        RegisterHousehold? target = current;
        if (op.Household is { } wanted && wanted != currentId)
        {
            target = Working(wanted);
            if (target is null) { problems.Add(("household", $"no household {wanted} (create it first with upsert-household)")); return; }
            if (!op.HasRelation) { problems.Add(("relation", current is null ? "is required for a new person" : "is required when a person moves to another household")); return; }
        }
        if (target is null) { problems.Add(("household", $"person {id} does not exist yet: give the household to add them to")); return; }
        if (op.HasInsz && op.Insz is { } insz)
        {
            stored.LoadOwnerOfInsz(insz);
            _inszSetOn[id] = op.Line;
        }

        RegisterPerson person;
        if (current is null)
        {
            person = new RegisterPerson(new PersonRow { Municipality = municipality, PersonId = id, HouseholdId = target.Id, Relation = op.Relation! }) { Line = op.Line };
            target.Persons.Add(person);
        }
        else
        {
            person = current.Persons.First(p => p.Id == id);
            if (target != current)
            {
                current.Persons.Remove(person);
                target.Persons.Add(person);
                touched.Add(target.Id);
            }
        }
        _personAt[id] = target.Id;
        person.Row.HouseholdId = target.Id;
        if (op.HasRelation) person.Row.Relation = op.Relation!;
        if (op.HasPartnerKind) person.Row.PartnerKind = op.PartnerKind;
        if (op.HasInsz) person.Row.Insz = op.Insz;
        if (person.Row.PartnerKind is not null && person.Row.Relation != "partner")
            problems.Add(("partner_kind", $"is only for relation partner, not {person.Row.Relation}"));
        foreach (var (field, value) in op.Facts) field.Set(person.Row, value, op.Source, op.AsOf);
    }

    /// <summary>After the last operation: every touched household that exists has exactly one reference person, and INSZ numbers are unique.</summary>
    private void CheckHouseholds()
    {
        var insz = new Dictionary<string, RegisterPerson>(StringComparer.Ordinal);
        foreach (var id in stored.LoadedHouseholds.Concat(_working.Keys).Distinct().ToList())
        {
            var household = Working(id);
            if (household is null) continue;
            foreach (var person in household.Persons)
            {
                if (person.Row.Insz is not { } number) continue;
                if (!insz.TryAdd(number, person))
                {
                    var other = insz[number];
                    var (blamed, line) = _inszSetOn.TryGetValue(person.Id, out var l) ? (person, l) : (other, _inszSetOn.GetValueOrDefault(other.Id));
                    var problem = new ImportProblem(file, line, "insz", $"person {blamed.Id} would have the INSZ of person {(blamed == person ? other : person).Id}");
                    Add(line, problem);
                    MarkBad(id, problem);
                    MarkBad(PersonAt(other.Id) ?? id, problem);
                }
            }
            if (!Touched.TryGetValue(id, out int last) || skip.Contains(id)) continue;
            int references = household.Persons.Count(p => p.Row.Relation == "reference");
            if (references == 1) continue;
            var reason = references == 0
                ? $"household {id} has no person with relation reference after this file (last touched on this line)"
                : $"household {id} has {references} persons with relation reference after this file (last touched on this line)";
            var referenceProblem = new ImportProblem(file, last, "relation", reason);
            Add(last, referenceProblem);
            MarkBad(id, referenceProblem);
        }
    }

    private void Add(int line, ImportProblem problem)
    {
        if (!Problems.TryGetValue(line, out var list)) Problems[line] = list = [];
        list.Add(problem);
    }

    private (RegisterHousehold, RegisterPerson)? Person(Operation op, List<(string?, string)> problems)
    {
        if (PersonAt(op.Person!) is { } at && Working(at) is { } household && household.Persons.FirstOrDefault(p => p.Id == op.Person) is { } person)
            return (household, person);
        problems.Add(("person", $"no person {op.Person}"));
        return null;
    }

    private RegisterHousehold? Working(string id)
    {
        if (_working.TryGetValue(id, out var household)) return household;
        household = stored.Household(id)?.Clone();
        _working[id] = household;
        return household;
    }

    private string? PersonAt(string personId)
    {
        if (_personAt.TryGetValue(personId, out var at)) return at;
        at = stored.HouseholdOfPerson(personId);
        if (at is not null && Working(at) is { } household && household.Persons.All(p => p.Id != personId)) at = null;
        _personAt[personId] = at;
        return at;
    }

    private void MarkBad(string household, ImportProblem problem)
    {
        if (!skip.Contains(household)) NewBad.TryAdd(household, problem);
    }

    private static StatusRow Own(StatusRow s, string personId) => new()
    {
        Municipality = s.Municipality, PersonId = personId, Status = s.Status, Since = s.Since, Until = s.Until, Source = s.Source, AsOf = s.AsOf,
    };

    private static IncomeRow Own(IncomeRow i, string personId) => new()
    {
        Municipality = i.Municipality, PersonId = personId, Kind = i.Kind, Year = i.Year, GrossTaxable = i.GrossTaxable, NetMonthly = i.NetMonthly, Source = i.Source, AsOf = i.AsOf,
    };
}
