namespace TakeUp.Runs.Running;

/// <summary>What a run did: its scope, how many it evaluated, the entries it wrote by event, and each phase's wall time, CPU time and peak memory.</summary>
public sealed record RunSummary(
    long RunId,
    string Scope,
    int Households,
    int Persons,
    int LedgerEntries,
    IReadOnlyDictionary<string, int> EntriesByEvent,
    IReadOnlyDictionary<string, PhaseFigures> Phases);
