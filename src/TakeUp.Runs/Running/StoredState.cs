using TakeUp.Data.Ledger;
using TakeUp.Runs.Ledger;

namespace TakeUp.Runs.Running;

/// <summary>A right_states row as a run needs it: the stage and the last evaluation, to compare against.</summary>
internal readonly record struct StoredState(Stage Stage, Evaluation Evaluation, string HouseholdId, DateOnly StageSince, DateOnly? NoticeDate, long LastEntryId);
