using TakeUp.Rules.Catalogs;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Results;

namespace TakeUp.Cli.Tests.Support;

/// <summary>
/// A catalog with the contract's twelve rights that answers "unknown, ask" for each right and beneficiary,
/// and remembers on which date and in which language it was asked.
/// </summary>
internal sealed class FakeCatalog : ICatalog
{
    public static readonly string[] PersonRights =
        ["leefloon", "verhoogde-tegemoetkoming", "uitpas-kansentarief", "igo", "pro-deo", "zorgbudget-zwaar-zorgbehoevenden"];

    public static readonly string[] HouseholdRights =
        ["sociaal-tarief-energie", "verwarmingstoelage", "sociaal-tarief-water", "sociaal-internettarief", "vlaamse-huurpremie", "groeipakket-sociale-toeslag"];

    public List<(DateOnly Date, Language Language)> Calls { get; } = [];

    public string Name => "be-vl@0.0.0-fake";

    public IReadOnlyList<string> ParameterPaths { get; } = ["fake.one", "fake.two", "fake.three"];

    public IReadOnlyList<RightInfo> Rights { get; } =
    [
        .. PersonRights.Select(id => new RightInfo(id, true, new Dictionary<Language, string> { [Language.En] = id })),
        .. HouseholdRights.Select(id => new RightInfo(id, false, new Dictionary<Language, string> { [Language.En] = id })),
    ];

    public HouseholdResult Evaluate(Household household, DateOnly date, Language language)
    {
        Calls.Add((date, language));
        var results = Rights.SelectMany(right => (right.IsPersonLevel ? household.Members.Select(m => m.Id) : ["household"])
            .Select(beneficiary => new RightResult(right.Id, beneficiary, Outcome.Unknown, RightAction.Ask,
                [$"members[{household.Members[0].Id}].incomes"], [], null,
                [new Reason($"{right.Id} in {language}", "Wet van 1 januari 2000, art. 1", [])])));
        return new HouseholdResult(household.Id, date, Name, results.ToList());
    }

    /// <summary>The population evaluator is not what these tests are about.</summary>
    public TakeUp.Rules.Populations.PopulationResult Evaluate(TakeUp.Rules.Populations.Population population, DateOnly date, int? maxThreads = null) =>
        throw new NotSupportedException("the fake catalog evaluates single households only");

    public IReadOnlyList<ParameterChange> ParameterChanges(string rightId, DateOnly before, DateOnly after) => [];
}
