using TakeUp.Rules.Catalogs;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Results;

namespace TakeUp.Contract.Tests;

/// <summary>A catalog that answers what a test tells it to, and remembers what it was asked.</summary>
internal sealed class FakeCatalog(IReadOnlyList<RightInfo> rights, Func<Household, DateOnly, IReadOnlyList<RightResult>> evaluate)
    : ICatalog
{
    public List<(Household Household, DateOnly Date, Language Language)> Calls { get; } = [];

    public string Name => "fake@1";

    public IReadOnlyList<RightInfo> Rights => rights;

    public IReadOnlyList<string> ParameterPaths { get; } = [];

    public HouseholdResult Evaluate(Household household, DateOnly date, Language language)
    {
        Calls.Add((household, date, language));
        return new HouseholdResult(household.Id, date, Name, evaluate(household, date));
    }

    /// <summary>The population evaluator is not what these tests are about.</summary>
    public TakeUp.Rules.Populations.PopulationResult Evaluate(TakeUp.Rules.Populations.Population population, DateOnly date, int? maxThreads = null) =>
        throw new NotSupportedException("the fake catalog evaluates single households only");

    public IReadOnlyList<ParameterChange> ParameterChanges(string rightId, DateOnly before, DateOnly after) => [];

    public static RightInfo PersonRight(string id) => new(id, true, new Dictionary<Language, string> { [Language.En] = id });

    public static RightInfo HouseholdRight(string id) => new(id, false, new Dictionary<Language, string> { [Language.En] = id });

    public static RightResult Result(string right, string beneficiary, Outcome outcome, RightAction action,
        IReadOnlyList<string>? missing = null, IReadOnlyList<string>? stale = null, Amount? amount = null) =>
        new(right, beneficiary, outcome, action, missing ?? [],
            (stale ?? []).Select(f => new StaleFact(f, new DateOnly(2020, 1, 1), 400)).ToList(), amount, []);
}
