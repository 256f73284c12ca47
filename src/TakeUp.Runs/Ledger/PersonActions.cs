using TakeUp.Data.Ledger;

namespace TakeUp.Runs.Ledger;

/// <summary>
/// What people record in the ledger (a worker's decision, a contact, an application, a refusal, an end) and
/// from which stages each may be recorded. Decisions, refusals and ends need a reason; every entry names its
/// actor. A run never overrides what is recorded here (see <see cref="RunTransitions"/>).
/// </summary>
public static class PersonActions
{
    private static readonly Stage[] Open = [Stage.Identified, Stage.Proposed, Stage.Invited, Stage.FactsAsked, Stage.Applied];

    public static bool NeedsReason(LedgerEvent e) =>
        e is LedgerEvent.DecidedGranted or LedgerEvent.DecidedRefused or LedgerEvent.RefusedByCitizen or LedgerEvent.Ended;

    /// <summary>The stage after a person's event, or an explanation of why it cannot be recorded now.</summary>
    public static (Stage? After, string? Problem) Apply(LedgerEvent e, Stage current)
    {
        Stage? after = e switch
        {
            LedgerEvent.DecidedGranted when Open.Contains(current) || current is Stage.EndProposed or Stage.Withdrawn or Stage.Refused => Stage.Granted,
            LedgerEvent.DecidedRefused when Open.Contains(current) || current is Stage.Withdrawn => Stage.Refused,
            LedgerEvent.Contacted => current,
            LedgerEvent.Applied when current is Stage.Identified or Stage.Invited or Stage.Proposed or Stage.FactsAsked or Stage.Withdrawn => Stage.Applied,
            LedgerEvent.NoAnswer when current is Stage.Invited or Stage.FactsAsked => current,
            LedgerEvent.FactsSupplied when current is Stage.FactsAsked or Stage.Identified or Stage.Proposed => current,
            LedgerEvent.RefusedByCitizen when current is not (Stage.Ended or Stage.RefusedByCitizen) => Stage.RefusedByCitizen,
            LedgerEvent.Ended when current is Stage.Granted or Stage.EndProposed => Stage.Ended,
            _ => null,
        };
        if (after is not null) return (after, null);
        bool isRunEvent = e is LedgerEvent.Identified or LedgerEvent.GrantedAutomatically or LedgerEvent.Proposed
            or LedgerEvent.Invited or LedgerEvent.FactsAsked or LedgerEvent.ReEvaluated or LedgerEvent.EndProposed or LedgerEvent.Withdrawn;
        return (null, isRunEvent
            ? $"'{Data.Storage.Naming.Kebab(e)}' is written by population runs, not recorded by hand"
            : $"'{Data.Storage.Naming.Kebab(e)}' cannot follow stage '{Data.Storage.Naming.Kebab(current)}'");
    }
}
