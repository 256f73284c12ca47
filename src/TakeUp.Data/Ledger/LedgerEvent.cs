namespace TakeUp.Data.Ledger;

/// <summary>The events of a take-up story. Stored in kebab case ("granted-automatically").</summary>
public enum LedgerEvent
{
    // Written by population runs.
    /// <summary>A run found the resident eligible, likely eligible or possibly eligible (unknown) for the first time.</summary>
    Identified,
    /// <summary>The law allows opening the right from the data alone, and the run did.</summary>
    GrantedAutomatically,
    /// <summary>The run proposes the right to a social worker, who decides.</summary>
    Proposed,
    /// <summary>The right needs the resident's own application: they are to be invited to apply.</summary>
    Invited,
    /// <summary>A decision needs facts the data does not have: they are to be asked.</summary>
    FactsAsked,
    /// <summary>The outcome, action or amount changed since the last run (the reason says what changed).</summary>
    ReEvaluated,
    /// <summary>A granted right would end: never silently; a worker confirms or corrects it before the notice date.</summary>
    EndProposed,
    /// <summary>A pair that was identified but not granted is no longer eligible: the proposal or invitation is withdrawn.</summary>
    Withdrawn,

    // Recorded by people (worklists, letters, the desk).
    DecidedGranted,
    DecidedRefused,
    Contacted,
    Applied,
    NoAnswer,
    FactsSupplied,
    RefusedByCitizen,
    Ended,
}

/// <summary>Where a resident stands with a right. Stored in kebab case.</summary>
public enum Stage
{
    /// <summary>Identified, nothing to do yet (an outcome with no action, e.g. judgement still open).</summary>
    Identified,
    Granted,
    Proposed,
    Invited,
    FactsAsked,
    Applied,
    /// <summary>A worker refused it (with a reason).</summary>
    Refused,
    RefusedByCitizen,
    EndProposed,
    Ended,
    Withdrawn,
}
