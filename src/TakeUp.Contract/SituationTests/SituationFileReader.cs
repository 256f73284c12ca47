using System.Globalization;
using System.Text.Json.Nodes;
using TakeUp.Contract.Situations;
using TakeUp.Rules.Results;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TakeUp.Contract.SituationTests;

/// <summary>
/// Reads a situation file (catalog/&lt;id&gt;/situations/*.yaml, see docs/rule-language.md). Keys it does not know
/// are problems, unlike in the contract: a misspelt "expects:" would otherwise silently check nothing.
/// </summary>
public static class SituationFileReader
{
    private static readonly string[] FileKeys = ["right", "situations"];
    private static readonly string[] SituationKeys = ["name", "date", "household", "expect"];
    private static readonly string[] ExpectationKeys = ["beneficiary", "outcome", "action", "amount", "missing", "stale"];

    public static SituationFile Read(string path) => Parse(File.ReadAllText(path), path);

    public static SituationFile Parse(string yaml, string path)
    {
        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count != 1)
                return Refused(path, 1, $"must hold exactly one YAML document, it has {stream.Documents.Count}");
            root = stream.Documents[0].RootNode;
        }
        catch (YamlException exception)
        {
            return Refused(path, (int)exception.Start.Line, $"not valid YAML: {exception.Message}");
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner throws this, without a position, on some malformed input.
            return Refused(path, 1, $"not valid YAML: {exception.Message}");
        }

        var problems = new List<SituationDifference>();
        if (root is not YamlMappingNode file)
            return Refused(path, Line(root), "must be a mapping with the keys right and situations");
        CheckKeys(file, FileKeys, problems);

        string? right = null;
        int rightLine = Line(file);
        if (Value(file, "right") is { } rightNode)
        {
            rightLine = Line(rightNode);
            right = Text(rightNode, "right", problems);
        }
        else
        {
            problems.Add(new(Line(file), "right: is required: the id of the right these situations test"));
        }

        var cases = new List<SituationCase>();
        if (Value(file, "situations") is not YamlSequenceNode { Children.Count: > 0 } situations)
            problems.Add(new(Line(file), "situations: is required: a list of at least one situation"));
        else
            cases.AddRange(situations.Children.Select(ReadSituation));

        return new SituationFile(path, right, rightLine, cases, problems);
    }

    private static SituationFile Refused(string path, int line, string message) =>
        new(path, null, line, [], [new SituationDifference(line, message)]);

    private static SituationCase ReadSituation(YamlNode node)
    {
        int line = Line(node);
        var problems = new List<SituationDifference>();
        if (node is not YamlMappingNode situation)
            return new SituationCase(line, "(not a situation)", null, [], [new(line, "a situation must be a mapping with name, date, household and expect")]);

        CheckKeys(situation, SituationKeys, problems);
        string name = Value(situation, "name") is { } nameNode ? Text(nameNode, "name", problems) ?? "(unnamed)" : "(unnamed)";
        if (Value(situation, "name") is null)
            problems.Add(new(line, "name: is required"));
        if (Value(situation, "date") is null)
            problems.Add(new(line, "date: is required: a situation test must not depend on the day it is run"));
        if (Value(situation, "household") is null)
            problems.Add(new(line, "household: is required"));

        var situationRead = ReadContractSituation(situation, line, problems);
        var expectations = ReadExpectations(situation, line, problems);
        return new SituationCase(line, name, situationRead, expectations, problems);
    }

    /// <summary>The date and household, read by the contract's own reader, so problems read as in `takeup evaluate`.</summary>
    private static Situation? ReadContractSituation(YamlMappingNode situation, int line, List<SituationDifference> problems)
    {
        if (Value(situation, "household") is null)
            return null;

        var conversion = YamlJson.Convert(situation);
        var document = (JsonObject)conversion.Json!;
        document.Remove("name");
        document.Remove("expect");
        var read = SituationReader.Read(document.ToJsonString());
        foreach (var problem in read.Problems)
            problems.Add(new(conversion.LineOf(problem.Path, line), problem.ToString()));
        return read.Situation;
    }

    private static List<SituationExpectation> ReadExpectations(YamlMappingNode situation, int line, List<SituationDifference> problems)
    {
        var expectations = new List<SituationExpectation>();
        if (Value(situation, "expect") is not YamlSequenceNode { Children.Count: > 0 } items)
        {
            problems.Add(new(line, "expect: is required: a list of at least one expected result"));
            return expectations;
        }

        foreach (var item in items.Children)
        {
            if (item is not YamlMappingNode expectation)
            {
                problems.Add(new(Line(item), "expect: each entry must be a mapping with beneficiary, outcome and action"));
                continue;
            }
            if (ReadExpectation(expectation, problems) is { } read)
            {
                if (expectations.Any(e => e.Beneficiary == read.Beneficiary))
                    problems.Add(new(read.Line, $"expect: beneficiary \"{read.Beneficiary}\" is expected twice"));
                else
                    expectations.Add(read);
            }
        }
        return expectations;
    }

    private static SituationExpectation? ReadExpectation(YamlMappingNode node, List<SituationDifference> problems)
    {
        int before = problems.Count;
        int line = Line(node);
        CheckKeys(node, ExpectationKeys, problems);

        string? beneficiary = Required(node, "beneficiary", problems) is { } b ? Text(b, "beneficiary", problems) : null;
        Outcome outcome = default;
        if (Required(node, "outcome", problems) is { } o && Text(o, "outcome", problems) is { } outcomeText
            && !Wire.TryParseOutcome(outcomeText, out outcome))
            problems.Add(new(Line(o), $"outcome: \"{outcomeText}\" is not one of {string.Join(", ", Enum.GetValues<Outcome>().Select(Wire.Name))}"));
        RightAction action = default;
        if (Required(node, "action", problems) is { } a && Text(a, "action", problems) is { } actionText
            && !Wire.TryParseAction(actionText, out action))
            problems.Add(new(Line(a), $"action: \"{actionText}\" is not one of {string.Join(", ", Enum.GetValues<RightAction>().Select(Wire.Name))}"));

        var amountNode = Value(node, "amount", keepNull: true);
        decimal? amount = amountNode is null ? null : Amount(amountNode, problems);
        var missing = Value(node, "missing", keepNull: true) is { } m ? TextList(m, "missing", problems) : null;
        var stale = Value(node, "stale", keepNull: true) is { } s ? TextList(s, "stale", problems) : null;

        if (problems.Count > before || beneficiary is null)
            return null;
        return new SituationExpectation(line, beneficiary, outcome, action, amountNode is not null, amount, missing, stale);
    }

    private static decimal? Amount(YamlNode node, List<SituationDifference> problems)
    {
        if (node is YamlScalarNode scalar)
        {
            var json = YamlJson.Scalar(scalar);
            if (json is null)
                return null;
            if (json.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                return decimal.Parse(json.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        problems.Add(new(Line(node), "amount: must be a number or null"));
        return null;
    }

    private static List<string>? TextList(YamlNode node, string key, List<SituationDifference> problems)
    {
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
            return sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList();
        problems.Add(new(Line(node), $"{key}: must be a list of fact paths, such as [\"members[p1].incomes\"]"));
        return null;
    }

    private static YamlNode? Required(YamlMappingNode node, string key, List<SituationDifference> problems)
    {
        var value = Value(node, key);
        if (value is null)
            problems.Add(new(Line(node), $"{key}: is required"));
        return value;
    }

    private static string? Text(YamlNode node, string key, List<SituationDifference> problems)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } text })
            return text;
        problems.Add(new(Line(node), $"{key}: must be a text"));
        return null;
    }

    /// <summary>The value of a key; a plain empty or null value counts as absent unless asked to keep it.</summary>
    private static YamlNode? Value(YamlMappingNode node, string key, bool keepNull = false)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
            return null;
        if (!keepNull && value is YamlScalarNode scalar && YamlJson.Scalar(scalar) is null)
            return null;
        return value;
    }

    private static void CheckKeys(YamlMappingNode node, string[] known, List<SituationDifference> problems)
    {
        foreach (var key in node.Children.Keys)
        {
            string name = key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
            if (!known.Contains(name))
                problems.Add(new(Line(key), $"{name}: is not a known key (known: {string.Join(", ", known)})"));
        }
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
