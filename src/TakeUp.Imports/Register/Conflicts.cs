using TakeUp.Data.Register;

namespace TakeUp.Imports.Register;

/// <summary>
/// Register facts an import brings that contradict a worker's latest observation of the same fact. Only facts the
/// import changed are compared: an unchanged register value was compared when the observation was recorded.
/// An unknown register value contradicts nothing.
/// </summary>
internal sealed class Conflicts(Dictionary<(string Kind, string Subject, string Field), ObservedFact> observations, long? importId, DateTime now)
{
    public List<FactConflict> Found { get; } = [];

    public void Check(RegisterHousehold? stored, RegisterHousehold incoming, Func<string, RegisterPerson?> storedPerson)
    {
        if (observations.Count == 0) return;
        foreach (var field in FactFields.Household)
            Check("household", incoming.Id, field, stored?.Row, incoming.Row);
        foreach (var person in incoming.Persons)
            foreach (var field in FactFields.Person)
                Check("person", person.Id, field, storedPerson(person.Id)?.Row, person.Row);
    }

    private void Check<TRow>(string kind, string subject, FactField<TRow> field, TRow? stored, TRow incoming) where TRow : class
    {
        if (stored is not null && field.SameValue(stored, incoming) && field.SameProvenance(stored, incoming)) return;
        if (!observations.TryGetValue((kind, subject, field.Name), out var observed)) return;
        if (field.Text(incoming) is not { } value || value == observed.Value) return;
        Found.Add(Create(kind, subject, field.Name, value, field.AsOf(incoming), observed, importId, now));
    }

    public static FactConflict Create(string kind, string subject, string field, string? registerValue, DateOnly? registerAsOf,
        ObservedFact observed, long? importId, DateTime now) => new()
    {
        Municipality = observed.Municipality,
        SubjectKind = kind,
        SubjectId = subject,
        Field = field,
        RegisterValue = registerValue,
        RegisterAsOf = registerAsOf,
        ObservedValue = observed.Value,
        ObservedOn = observed.ObservedOn,
        Winner = FactPrecedence.ObservationWins(observed.ObservedOn, registerAsOf) ? "observed" : "register",
        Rule = FactPrecedence.Rule,
        ImportId = importId,
        DetectedAt = now,
    };
}
