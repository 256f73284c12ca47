using System.Globalization;
using System.Text.RegularExpressions;
using TakeUp.Rules.Diagnostics;
using TakeUp.Rules.Results;
using YamlDotNet.RepresentationModel;

namespace TakeUp.Rules.Declarations;

/// <summary>
/// Reads a catalog folder into declarations: catalog.yaml, parameters/*.yaml and rights/*.yaml. File names
/// in diagnostics are relative to the catalog folder's parent, so they read like "be-vl/rights/igo.yaml".
/// </summary>
internal static partial class CatalogReader
{
    private static readonly string[] ParameterUnits =
        ["EUR", "EUR/month", "EUR/year", "ratio", "days", "months", "years", "count", "points", "percent"];

    private static readonly string[] AmountUnits = ["EUR/month", "EUR/year", "EUR", "ratio"];

    private static readonly string[] Automations = ["automatic", "propose", "invite", "judgement"];

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeName();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex KebabName();

    [GeneratedRegex(@"^\s*(\d+)\s+(day|days|month|months|year|years)\s*$")]
    private static partial Regex FreshnessText();

    public static CatalogDeclaration? Read(string directory, List<Diagnostic> diagnostics)
    {
        directory = Path.GetFullPath(directory);
        string parent = Path.GetDirectoryName(directory) ?? directory;
        string Display(string path) => Path.GetRelativePath(parent, path).Replace('\\', '/');

        string catalogFile = Path.Combine(directory, "catalog.yaml");
        if (!File.Exists(catalogFile))
        {
            diagnostics.Add(new Diagnostic(new SourceLocation(Display(catalogFile), 1, 1), "no catalog.yaml: this folder is not a catalog"));
            return null;
        }
        var root = YamlReading.LoadMapping(catalogFile, Display(catalogFile), diagnostics);
        if (root is null) return null;
        var yaml = new YamlReading(Display(catalogFile), diagnostics);
        yaml.CheckKeys(root, "catalog.yaml", "catalog", "version", "title");
        string id = yaml.Text(root, "catalog") ?? "?";
        string version = yaml.Text(root, "version") ?? "?";
        var title = yaml.Localized(root, "title", required: false);

        var parameters = new List<ParameterDeclaration>();
        foreach (var file in YamlFiles(Path.Combine(directory, "parameters")))
            ReadParameters(file, Display(file), parameters, diagnostics);

        var rights = new List<RightDeclaration>();
        foreach (var file in YamlFiles(Path.Combine(directory, "rights")))
        {
            var right = ReadRight(file, Display(file), diagnostics);
            if (right is not null) rights.Add(right);
        }
        return new CatalogDeclaration(id, version, title, parameters, rights);
    }

    private static IEnumerable<string> YamlFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            : [];

    private static void ReadParameters(string path, string display, List<ParameterDeclaration> into, List<Diagnostic> diagnostics)
    {
        var root = YamlReading.LoadMapping(path, display, diagnostics);
        if (root is null) return;
        var yaml = new YamlReading(display, diagnostics);
        string group = Path.GetFileNameWithoutExtension(path);
        if (!SnakeName().IsMatch(group))
            diagnostics.Add(new Diagnostic(new SourceLocation(display, 1, 1), $"parameter file name '{group}' must be snake_case"));
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name }) continue;
            if (!SnakeName().IsMatch(name)) yaml.Error(keyNode, $"parameter name '{name}' must be snake_case");
            if (valueNode is not YamlMappingNode map)
            {
                yaml.Error(valueNode, $"parameter '{name}' must have description, unit, legal and values");
                continue;
            }
            yaml.CheckKeys(map, $"parameter '{name}'", "description", "unit", "legal", "values");
            string? unit = yaml.Text(map, "unit");
            if (unit is not null && !ParameterUnits.Contains(unit))
                yaml.Error(yaml.Node(map, "unit")!, $"unit '{unit}' is not one of {string.Join(", ", ParameterUnits)}");
            string? legal = yaml.Text(map, "legal");
            var values = new List<ParameterValueDeclaration>();
            foreach (var item in yaml.Sequence(map, "values", "dated value"))
            {
                yaml.CheckKeys(item, "a parameter value", "from", "value", "source", "verified", "note");
                var from = yaml.Date(item, "from", required: true);
                var valueNode2 = yaml.Node(item, "value");
                decimal? value = null;
                if (valueNode2 is null) yaml.Error(item, "'value' is required (write null when the law is not encoded)");
                else if (valueNode2 is YamlScalarNode { Value: var text } && (text is null || text == "null" || text == "~" || text == "")) value = null;
                else if (valueNode2 is YamlScalarNode { Value: { } number } &&
                         decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)) value = parsed;
                else yaml.Error(valueNode2, "'value' must be a number or null");
                string? source = yaml.Text(item, "source", required: value is not null);
                bool verified = yaml.Bool(item, "verified") ?? true;
                if (from is not null)
                    values.Add(new ParameterValueDeclaration(from.Value, value, source, verified, yaml.Text(item, "note", required: false), yaml.At(item)));
            }
            if (values.Count == 0) yaml.Error(map, $"parameter '{name}' has no dated values");
            for (int i = 1; i < values.Count; i++)
                if (values[i].From <= values[i - 1].From)
                    diagnostics.Add(new Diagnostic(values[i].Location, $"values of '{name}' must be in date order without repeats ({values[i].From:yyyy-MM-dd} after {values[i - 1].From:yyyy-MM-dd})"));
            if (unit is not null && legal is not null)
                into.Add(new ParameterDeclaration($"{group}.{name}", yaml.Text(map, "description", required: false), unit, legal, values, yaml.At(keyNode)));
        }
    }

    private static RightDeclaration? ReadRight(string path, string display, List<Diagnostic> diagnostics)
    {
        var root = YamlReading.LoadMapping(path, display, diagnostics);
        if (root is null) return null;
        var yaml = new YamlReading(display, diagnostics);
        int before = diagnostics.Count;
        yaml.CheckKeys(root, "a right", "right", "name", "granted_by", "level", "automation", "legal", "valid_from",
            "valid_until", "freshness", "unknown_action", "definitions", "conditions", "grounds", "amount");

        string? id = yaml.Text(root, "right");
        if (id is not null && !KebabName().IsMatch(id)) yaml.Error(yaml.Node(root, "right")!, $"right id '{id}' must be kebab-case");
        if (id is not null && id != Path.GetFileNameWithoutExtension(path))
            yaml.Error(yaml.Node(root, "right")!, $"right '{id}' must be in a file named {id}.yaml");
        var name = yaml.Localized(root, "name");
        string? grantedBy = yaml.Text(root, "granted_by");
        string? level = yaml.Text(root, "level");
        if (level is not null && level is not ("person" or "household"))
            yaml.Error(yaml.Node(root, "level")!, $"level must be person or household, not '{level}'");
        string? automation = yaml.Text(root, "automation");
        if (automation is not null && !Automations.Contains(automation))
            yaml.Error(yaml.Node(root, "automation")!, $"automation must be one of {string.Join(", ", Automations)}");
        string? legal = yaml.Text(root, "legal");
        var validFrom = yaml.Date(root, "valid_from");
        var validUntil = yaml.Date(root, "valid_until");
        var unknownAction = yaml.Action(root, "unknown_action", false, RightAction.Ask, RightAction.Invite, RightAction.Propose) ?? RightAction.Ask;

        var freshness = new Dictionary<FactKind, Freshness>();
        if (yaml.Node(root, "freshness") is { } freshNode)
        {
            if (freshNode is not YamlMappingNode freshMap) yaml.Error(freshNode, "freshness must map kinds of fact to ages, e.g. status: 3 months");
            else
                foreach (var (k, v) in freshMap.Children)
                {
                    string kindName = (k as YamlScalarNode)?.Value ?? "";
                    if (!Enum.TryParse<FactKind>(kindName, ignoreCase: true, out var kind) || kindName != kindName.ToLowerInvariant())
                    {
                        yaml.Error(k, $"unknown kind of fact '{kindName}' (kinds: {string.Join(", ", Enum.GetNames<FactKind>().Select(n => n.ToLowerInvariant()))})");
                        continue;
                    }
                    var match = FreshnessText().Match((v as YamlScalarNode)?.Value ?? "");
                    if (!match.Success)
                    {
                        yaml.Error(v, "a freshness is written 'N days', 'N months' or 'N years'");
                        continue;
                    }
                    var unit = match.Groups[2].Value[0] switch { 'd' => FreshnessUnit.Days, 'm' => FreshnessUnit.Months, _ => FreshnessUnit.Years };
                    freshness[kind] = new Freshness(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), unit);
                }
        }

        var definitions = new List<(string, Syntax.ExpressionSource)>();
        if (yaml.Node(root, "definitions") is { } defNode)
        {
            if (defNode is not YamlMappingNode defMap) yaml.Error(defNode, "definitions must map names to expressions");
            else
                foreach (var (k, _) in defMap.Children)
                {
                    string defName = (k as YamlScalarNode)?.Value ?? "";
                    if (!SnakeName().IsMatch(defName)) yaml.Error(k, $"definition name '{defName}' must be snake_case");
                    else if (yaml.Expression(defMap, defName) is { } expr) definitions.Add((defName, expr));
                }
        }

        var conditions = yaml.Sequence(root, "conditions", "condition").Select(c => ReadRule(yaml, c, isGround: false)).OfType<RuleDeclaration>().ToList();
        var grounds = yaml.Sequence(root, "grounds", "ground").Select(g => ReadRule(yaml, g, isGround: true)).OfType<RuleDeclaration>().ToList();
        if (yaml.Node(root, "grounds") is null) yaml.Error(root, "a right needs at least one ground: how it is obtained");
        foreach (var duplicate in conditions.Concat(grounds).GroupBy(r => r.Id).Where(g => g.Count() > 1))
            diagnostics.Add(new Diagnostic(duplicate.Last().Location, $"'{duplicate.Key}' is used for two conditions or grounds"));

        AmountDeclaration? amount = null;
        if (yaml.Node(root, "amount") is { } amountNode)
        {
            if (amountNode is not YamlMappingNode amountMap) yaml.Error(amountNode, "amount must have unit and value");
            else
            {
                yaml.CheckKeys(amountMap, "amount", "unit", "legal", "value");
                string? unit = yaml.Text(amountMap, "unit");
                if (unit is not null && !AmountUnits.Contains(unit))
                    yaml.Error(yaml.Node(amountMap, "unit")!, $"an amount's unit must be one of {string.Join(", ", AmountUnits)}");
                var value = yaml.Expression(amountMap, "value");
                if (unit is not null && value is not null) amount = new AmountDeclaration(unit, yaml.Text(amountMap, "legal", required: false), value.Value);
            }
        }

        if (diagnostics.Count > before || id is null || name is null || grantedBy is null || level is null || automation is null || legal is null)
            return null;
        return new RightDeclaration(id, name, grantedBy, level == "person", automation, legal, validFrom, validUntil,
            freshness, unknownAction, definitions, conditions, grounds, amount, yaml.At(root));
    }

    private static RuleDeclaration? ReadRule(YamlReading yaml, YamlMappingNode map, bool isGround)
    {
        string what = isGround ? "a ground" : "a condition";
        string[] keys = isGround
            ? ["id", "text", "legal", "when", "action", "judgement", "valid_from", "valid_until"]
            : ["id", "text", "legal", "when", "valid_from", "valid_until"];
        yaml.CheckKeys(map, what, keys);
        string? id = yaml.Text(map, "id");
        var text = yaml.Localized(map, "text");
        string? legal = yaml.Text(map, "legal");
        var when = yaml.Expression(map, "when");
        RightAction? action = isGround
            ? yaml.Action(map, "action", true, RightAction.Grant, RightAction.Propose, RightAction.Invite, RightAction.None)
            : null;
        var judgement = isGround ? yaml.Localized(map, "judgement", required: false) : null;
        if (id is null || text is null || legal is null || when is null || (isGround && action is null)) return null;
        return new RuleDeclaration(id, text, legal, when.Value, action, judgement,
            yaml.Date(map, "valid_from"), yaml.Date(map, "valid_until"), yaml.At(map));
    }
}
