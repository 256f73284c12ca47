using System.Globalization;
using TakeUp.Rules.Catalogs;
using TakeUp.Rules.Results;

namespace TakeUp.Contract.SituationTests;

/// <summary>
/// Runs the situation files of a catalog against the compiled catalog: each situation is evaluated on its
/// own date and the results of the file's right are compared with what the situation expects.
/// </summary>
public sealed class SituationTestRunner(ICatalog catalog)
{
    /// <summary>Situations are explained in English here: the comparison never looks at the texts.</summary>
    private const Language ExplanationLanguage = Language.En;

    /// <summary>Runs every situations/*.yaml of a catalog folder, in name order so that reports are stable.</summary>
    public SituationTestReport RunCatalog(string catalogDirectory)
    {
        string folder = Path.Combine(catalogDirectory, "situations");
        if (!Directory.Exists(folder))
            return new SituationTestReport([]);
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal);
        return new SituationTestReport(files.SelectMany(RunFile).ToList());
    }

    public IReadOnlyList<SituationTestResult> RunFile(string path) => Run(SituationFileReader.Read(path));

    public IReadOnlyList<SituationTestResult> Run(SituationFile file)
    {
        var refusal = new List<SituationDifference>(file.Problems);
        if (file.Right is { } right && !catalog.Rights.Any(r => r.Id == right))
            refusal.Add(new(file.RightLine,
                $"right: \"{right}\" is not a right of {catalog.Name} (rights: {string.Join(", ", catalog.Rights.Select(r => r.Id))})"));
        if (refusal.Count > 0)
            return [new SituationTestResult(file.Path, file.RightLine, "(whole file: no situation was run)", refusal)];

        return file.Cases.Select(c => Run(file.Path, file.Right!, c)).ToList();
    }

    private SituationTestResult Run(string path, string right, SituationCase situationCase)
    {
        if (situationCase.Problems.Count > 0)
            return new SituationTestResult(path, situationCase.Line, situationCase.Name, situationCase.Problems);
        if (situationCase.Situation is not { Date: { } date } situation)
            return new SituationTestResult(path, situationCase.Line, situationCase.Name,
                [new(situationCase.Line, "date: is required: a situation test must not depend on the day it is run")]);

        HouseholdResult evaluated;
        try
        {
            evaluated = catalog.Evaluate(situation.Household, date, ExplanationLanguage);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // One situation that breaks the engine must not hide the verdicts on all the others.
            return new SituationTestResult(path, situationCase.Line, situationCase.Name,
                [new(situationCase.Line, $"evaluation failed: {exception.GetType().Name}: {exception.Message}")]);
        }

        var ofRight = evaluated.Results.Where(r => r.Right == right).ToList();
        var differences = situationCase.Expectations.SelectMany(e => Compare(e, ofRight, right)).ToList();
        return new SituationTestResult(path, situationCase.Line, situationCase.Name, differences);
    }

    private static IEnumerable<SituationDifference> Compare(SituationExpectation expected, List<RightResult> results, string right)
    {
        var actual = results.FirstOrDefault(r => r.Beneficiary == expected.Beneficiary);
        if (actual is null)
        {
            string has = results.Count == 0 ? "none" : string.Join(", ", results.Select(r => r.Beneficiary));
            yield return new(expected.Line, $"{expected.Beneficiary}: has no result for right \"{right}\" (beneficiaries with one: {has})");
            yield break;
        }

        string who = expected.Beneficiary;
        if (actual.Outcome != expected.Outcome)
            yield return new(expected.Line, $"{who}: outcome: expected {Wire.Name(expected.Outcome)}, got {Wire.Name(actual.Outcome)}");
        if (actual.Action != expected.Action)
            yield return new(expected.Line, $"{who}: action: expected {Wire.Name(expected.Action)}, got {Wire.Name(actual.Action)}");
        if (expected.HasAmount && actual.Amount?.Value != expected.Amount)
            yield return new(expected.Line, $"{who}: amount: expected {Show(expected.Amount)}, got {Show(actual.Amount)}");
        if (expected.Missing is { } missing && SetDifference(missing, actual.Missing) is { } missingDifference)
            yield return new(expected.Line, $"{who}: missing: {missingDifference}");
        if (expected.Stale is { } stale && SetDifference(stale, actual.Stale.Select(s => s.Fact).ToList()) is { } staleDifference)
            yield return new(expected.Line, $"{who}: stale: {staleDifference}");
    }

    private static string? SetDifference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var lacking = expected.Except(actual, StringComparer.Ordinal).ToList();
        var unexpected = actual.Except(expected, StringComparer.Ordinal).ToList();
        if (lacking.Count == 0 && unexpected.Count == 0)
            return null;
        var parts = new List<string>();
        if (lacking.Count > 0)
            parts.Add($"lacks {string.Join(", ", lacking)}");
        if (unexpected.Count > 0)
            parts.Add($"has unexpected {string.Join(", ", unexpected)}");
        return $"expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}] ({string.Join("; ", parts)})";
    }

    private static string Show(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Show(Amount? amount) =>
        amount is null ? "null" : $"{amount.Value.ToString(CultureInfo.InvariantCulture)} {amount.Unit}";
}
