using TakeUp.Data.Register;
using TakeUp.Data.Storage;
using TakeUp.Imports.Register;
using TakeUp.Imports.Validation;

namespace TakeUp.Imports;

/// <summary>What a social worker saw: one fact of a household or a person, in the snapshot format's field names and text values.</summary>
public sealed record ObservationRequest(
    string Municipality, string SubjectKind, string SubjectId, string Field, string Value, DateOnly ObservedOn,
    string Source, string Worker, string? Note = null);

/// <summary>The observation's id when it was recorded, the conflict it raised, or the problems that refused it.</summary>
public sealed record ObservationResult(long? ObservationId, FactConflict? Conflict, IReadOnlyList<string> Problems)
{
    public bool Recorded => ObservationId is not null;
}

/// <summary>
/// Records a worker's observations beside the register (observed_facts), checked like an import field. An
/// observation that differs from the register's value records a fact_conflicts row with the winner by
/// <see cref="FactPrecedence"/>; either way the household is marked for re-evaluation.
/// </summary>
public sealed class Observations(Database database, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public ObservationResult Record(ObservationRequest request)
    {
        var problems = new List<string>();
        if (Values.NisProblem(request.Municipality) is { } nis) problems.Add("municipality " + nis);
        if (Values.IdProblem(request.SubjectId) is { } id) problems.Add("subject id " + id);
        if (Values.IdProblem(request.Worker) is { } worker) problems.Add("worker " + worker);
        if (request.Source is not ("home-visit" or "worker")) problems.Add($"source must be home-visit or worker, got \"{Values.Shorten(request.Source)}\"");
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        if (request.ObservedOn > today.AddDays(1)) problems.Add($"observed_on {Values.Format(request.ObservedOn)} is in the future");
        if (request.ObservedOn < Values.MinDate) problems.Add($"observed_on {Values.Format(request.ObservedOn)} is out of range");

        ValueSpec? spec = request.SubjectKind switch
        {
            "household" => FactFields.HouseholdField(request.Field)?.Spec,
            "person" => FactFields.PersonField(request.Field)?.Spec,
            _ => null,
        };
        if (request.SubjectKind is not ("household" or "person")) problems.Add($"subject kind must be household or person, got \"{Values.Shorten(request.SubjectKind)}\"");
        else if (spec is null)
            problems.Add($"{request.Field} is not a {request.SubjectKind} fact; expected one of {string.Join(", ", request.SubjectKind == "household" ? FactFields.Household.Select(f => f.Name) : FactFields.Person.Select(f => f.Name))}");
        string? value = null;
        if (spec is not null)
        {
            if (request.Value.Length == 0) problems.Add($"{request.Field}: an observation has a value");
            else if (spec.TryParse(request.Value, out var parsed, out var problem)) value = spec.Format(parsed!);
            else problems.Add($"{request.Field}: {problem}");
        }
        if (problems.Count > 0) return new ObservationResult(null, null, problems);

        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var store = new RegisterStore(connection, transaction, request.Municipality);
        DateTime now = _clock.GetUtcNow().UtcDateTime;
        store.LockMunicipality(now);

        string? householdId = request.SubjectKind == "household" ? request.SubjectId : store.HouseholdOfPerson(request.SubjectId);
        var household = householdId is null ? null : store.LoadHousehold(householdId);
        if (household is null)
            return new ObservationResult(null, null, [$"no {request.SubjectKind} {request.SubjectId} in municipality {request.Municipality}"]);

        (string? registerValue, DateOnly? registerAsOf) = request.SubjectKind == "household"
            ? Read(FactFields.HouseholdField(request.Field)!, household.Row)
            : Read(FactFields.PersonField(request.Field)!, household.Persons.First(p => p.Id == request.SubjectId).Row);

        var observation = new ObservedFact
        {
            Municipality = request.Municipality, ObservationId = store.NextId("observed_facts", "observation_id"),
            SubjectKind = request.SubjectKind, SubjectId = request.SubjectId, Field = request.Field, Value = value!,
            ObservedOn = request.ObservedOn, Source = request.Source, Worker = request.Worker, Note = request.Note, RecordedAt = now,
        };
        store.InsertObservation(observation);
        FactConflict? conflict = null;
        if (registerValue is not null && registerValue != value)
        {
            conflict = Conflicts.Create(request.SubjectKind, request.SubjectId, request.Field, registerValue, registerAsOf, observation, null, now);
            conflict.ConflictId = store.NextId("fact_conflicts", "conflict_id");
            store.InsertConflicts([conflict]);
        }
        string subject = request.SubjectKind == "household" ? "housing: " : $"person {request.SubjectId}: ";
        store.MarkPending(household.Id, $"{subject}{request.Field} observed ({request.Source})");
        transaction.Commit();
        return new ObservationResult(observation.ObservationId, conflict, []);
    }

    private static (string?, DateOnly?) Read<TRow>(FactField<TRow> field, TRow row) => (field.Text(row), field.AsOf(row));
}
