using TakeUp.Rules.Results;

namespace TakeUp.Rules.Declarations;

/// <summary>A text written in every language of the catalog.</summary>
public sealed record LocalizedText(string Nl, string Fr, string En)
{
    public string In(Language language) => language switch { Language.Nl => Nl, Language.Fr => Fr, _ => En };
}
