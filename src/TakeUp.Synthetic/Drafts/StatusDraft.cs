using TakeUp.Rules.Facts;

namespace TakeUp.Synthetic.Drafts;

internal readonly record struct StatusDraft(StatusCode Code, DateOnly Since, DateOnly? Until);
