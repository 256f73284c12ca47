namespace TakeUp.Rules.Results;

/// <summary>The contract's spelling of outcomes, actions and languages.</summary>
public static class Wire
{
    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => "eligible",
        Outcome.LikelyEligible => "likely-eligible",
        Outcome.NotEligible => "not-eligible",
        _ => "unknown",
    };

    public static string Name(RightAction action) => action switch
    {
        RightAction.Grant => "grant",
        RightAction.Propose => "propose",
        RightAction.Invite => "invite",
        RightAction.Ask => "ask",
        _ => "none",
    };

    public static bool TryParseOutcome(string text, out Outcome outcome)
    {
        foreach (var o in Enum.GetValues<Outcome>())
            if (Name(o) == text) { outcome = o; return true; }
        outcome = default;
        return false;
    }

    public static bool TryParseAction(string text, out RightAction action)
    {
        foreach (var a in Enum.GetValues<RightAction>())
            if (Name(a) == text) { action = a; return true; }
        action = default;
        return false;
    }

    public static bool TryParseLanguage(string text, out Language language)
    {
        switch (text)
        {
            case "nl": language = Language.Nl; return true;
            case "fr": language = Language.Fr; return true;
            case "en": language = Language.En; return true;
            default: language = default; return false;
        }
    }
}
