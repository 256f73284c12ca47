using TakeUp.Rules.Facts;
using TakeUp.Rules.Results;

namespace TakeUp.Rules.Catalogs;

/// <summary>
/// A compiled catalog of rights: what the CLI, the situation tests and (later) the web app evaluate against.
/// </summary>
public interface ICatalog
{
    /// <summary>"be-vl@2026.11.0".</summary>
    string Name { get; }

    IReadOnlyList<RightInfo> Rights { get; }

    /// <summary>The paths of the catalog's legal parameters ("leefloon.yearly_amount_single"), in order.</summary>
    IReadOnlyList<string> ParameterPaths { get; }

    /// <summary>Every right for every beneficiary of the household, with explanations in the given language.</summary>
    HouseholdResult Evaluate(Household household, DateOnly date, Language language);

    /// <summary>
    /// Every right for every beneficiary of a population in one pass, column by column: the same outcomes,
    /// actions and amounts as evaluating the households one by one, without explanations.
    /// </summary>
    Populations.PopulationResult Evaluate(Populations.Population population, DateOnly date, int? maxThreads = null);

    /// <summary>
    /// The parameters a right's own rules read whose values differ between two dates, in path order: the law's
    /// side of "what changed" when a population run finds a different outcome on a later date.
    /// </summary>
    IReadOnlyList<ParameterChange> ParameterChanges(string rightId, DateOnly before, DateOnly after);
}

/// <summary>What a right is, for listings: its id, level and names.</summary>
public sealed record RightInfo(string Id, bool IsPersonLevel, IReadOnlyDictionary<Language, string> Names);
