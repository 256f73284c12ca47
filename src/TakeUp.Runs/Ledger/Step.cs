using TakeUp.Data.Ledger;

namespace TakeUp.Runs.Ledger;

/// <summary>One ledger entry a transition writes: the event and the stage it leaves the pair in.</summary>
public readonly record struct Step(LedgerEvent Event, Stage StageAfter, DateOnly? NoticeDate = null);
