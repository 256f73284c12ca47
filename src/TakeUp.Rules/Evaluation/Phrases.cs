using TakeUp.Rules.Results;

namespace TakeUp.Rules.Evaluation;

/// <summary>The engine's own words in explanations, in plain language, per language.</summary>
internal static class Phrases
{
    public static string NotMet(Language l, string text) => l switch
    {
        Language.Nl => $"Niet voldaan: {text}",
        Language.Fr => $"Condition non remplie : {text}",
        _ => $"Not met: {text}",
    };

    public static string NotKnown(Language l, string text) => l switch
    {
        Language.Nl => $"Nog niet gekend: {text}",
        Language.Fr => $"Pas encore connu : {text}",
        _ => $"Not known yet: {text}",
    };

    public static string Judgement(Language l, string text) => l switch
    {
        Language.Nl => $"Een maatschappelijk werker beoordeelt: {text}",
        Language.Fr => $"Un travailleur social apprécie : {text}",
        _ => $"A social worker assesses: {text}",
    };

    public static string NotInForce(Language l, DateOnly date) => l switch
    {
        Language.Nl => $"Dit recht bestaat niet op {date:dd-MM-yyyy}.",
        Language.Fr => $"Ce droit n'existe pas le {date:dd/MM/yyyy}.",
        _ => $"This right does not exist on {date:yyyy-MM-dd}.",
    };

    public static string Unverified(Language l, string path, DateOnly from) => l switch
    {
        Language.Nl => $"Gebruikt een bedrag dat nog niet bevestigd is: {path} (vanaf {from:dd-MM-yyyy}). Een medewerker kijkt het na.",
        Language.Fr => $"Utilise un montant pas encore confirmé : {path} (à partir du {from:dd/MM/yyyy}). Un agent le vérifie.",
        _ => $"Uses a figure that is not yet confirmed: {path} (from {from:yyyy-MM-dd}). A worker checks it.",
    };

    public static string Stale(Language l) => l switch
    {
        Language.Nl => "Sommige gegevens zijn te oud om het recht automatisch toe te kennen: een medewerker kijkt ze na.",
        Language.Fr => "Certaines données sont trop anciennes pour ouvrir le droit automatiquement : un agent les vérifie.",
        _ => "Some facts are too old to open the right automatically: a worker checks them.",
    };

    public static string DependsOnJudgement(Language l, string right) => l switch
    {
        Language.Nl => $"Hangt af van '{right}', dat een maatschappelijk werker nog moet beoordelen.",
        Language.Fr => $"Dépend de « {right} », qu'un travailleur social doit encore apprécier.",
        _ => $"Depends on '{right}', which a social worker still has to assess.",
    };

    public static string LawNotEncoded(Language l, string path, DateOnly on) => l switch
    {
        Language.Nl => $"Het bedrag of de grens '{path}' voor {on:dd-MM-yyyy} staat nog niet in TakeUp: een medewerker past de regel zelf toe.",
        Language.Fr => $"Le montant ou plafond « {path} » pour le {on:dd/MM/yyyy} n'est pas encore dans TakeUp : un agent applique la règle lui-même.",
        _ => $"The figure '{path}' for {on:yyyy-MM-dd} is not yet in TakeUp: a worker applies the rule by hand.",
    };
}
