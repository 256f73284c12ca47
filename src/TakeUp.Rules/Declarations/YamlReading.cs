using System.Globalization;
using TakeUp.Rules.Diagnostics;
using TakeUp.Rules.Results;
using TakeUp.Rules.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TakeUp.Rules.Declarations;

/// <summary>
/// Typed access to one YAML file that reports, instead of throwing, every key that is missing, unknown or
/// of the wrong form, at its line and column.
/// </summary>
internal sealed class YamlReading(string file, List<Diagnostic> diagnostics)
{
    public string File => file;

    public static YamlMappingNode? LoadMapping(string path, string displayName, List<Diagnostic> diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Add(new Diagnostic(new SourceLocation(displayName, 1, 1), "expected a mapping of keys to values"));
                return null;
            }
            return root;
        }
        catch (YamlException e)
        {
            string message = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            if (message.Contains("mapping", StringComparison.OrdinalIgnoreCase))
                message += " (an expression containing ' : ', as aggregates do, must be written as a block: 'when: |' with the expression on the next lines, or in quotes)";
            diagnostics.Add(new Diagnostic(new SourceLocation(displayName, (int)e.Start.Line, (int)e.Start.Column), $"not valid YAML: {message}"));
            return null;
        }
    }

    public SourceLocation At(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message) => diagnostics.Add(new Diagnostic(At(node), message));

    public void CheckKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
            if (key is YamlScalarNode { Value: { } name } && !allowed.Contains(name))
                Error(key, $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowed)})");
    }

    public YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? Text(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required) Error(map, $"'{key}' is required");
            return null;
        }
        if (node is YamlScalarNode { Value: { } value } && value.Length > 0) return value;
        Error(node, $"'{key}' must be a text");
        return null;
    }

    public DateOnly? Date(YamlMappingNode map, string key, bool required = false)
    {
        var text = Text(map, key, required);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Error(Node(map, key)!, $"'{key}' must be a date YYYY-MM-DD, not '{text}'");
        return null;
    }

    public bool? Bool(YamlMappingNode map, string key)
    {
        var text = Text(map, key, required: false);
        if (text is null) return null;
        if (text is "true" or "false") return text == "true";
        Error(Node(map, key)!, $"'{key}' must be true or false");
        return null;
    }

    public LocalizedText? Localized(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required) Error(map, $"'{key}' is required, in nl, fr and en");
            return null;
        }
        if (node is not YamlMappingNode texts)
        {
            Error(node, $"'{key}' must give a text per language: {{ nl: …, fr: …, en: … }}");
            return null;
        }
        CheckKeys(texts, key, "nl", "fr", "en");
        string? nl = Text(texts, "nl"), fr = Text(texts, "fr"), en = Text(texts, "en");
        return nl is null || fr is null || en is null ? null : new LocalizedText(nl, fr, en);
    }

    public RightAction? Action(YamlMappingNode map, string key, bool required, params RightAction[] allowed)
    {
        var text = Text(map, key, required);
        if (text is null) return null;
        foreach (var action in allowed)
            if (Wire.Name(action) == text) return action;
        Error(Node(map, key)!, $"'{key}' must be one of {string.Join(", ", allowed.Select(Wire.Name))}, not '{text}'");
        return null;
    }

    /// <summary>An expression written as a YAML scalar, with the file position of its first character.</summary>
    public ExpressionSource? Expression(YamlMappingNode map, string key, bool required = true)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required) Error(map, $"'{key}' is required");
            return null;
        }
        if (node is not YamlScalarNode { Value: { } text } scalar || text.Trim().Length == 0)
        {
            Error(node, $"'{key}' must be an expression");
            return null;
        }
        int line = (int)scalar.Start.Line, column = (int)scalar.Start.Column;
        int keyColumn = (int)map.Start.Column;
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                column++;
                break;
            case ScalarStyle.Literal or ScalarStyle.Folded:
                // A block scalar starts on the line after its indicator, indented under its key.
                line++;
                column = keyColumn + 2;
                break;
        }
        return new ExpressionSource(file, line, column, text) { BlockIndent = scalar.Style is ScalarStyle.Literal ? keyColumn + 2 : column };
    }

    public IEnumerable<YamlMappingNode> Sequence(YamlMappingNode map, string key, string itemName)
    {
        var node = Node(map, key);
        if (node is null) yield break;
        if (node is not YamlSequenceNode items)
        {
            Error(node, $"'{key}' must be a list of {itemName}s");
            yield break;
        }
        foreach (var item in items)
        {
            if (item is YamlMappingNode mapping) yield return mapping;
            else Error(item, $"each item of '{key}' must be a {itemName} with keys");
        }
    }
}
