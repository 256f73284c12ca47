using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TakeUp.Contract.Situations;
using YamlDotNet.RepresentationModel;

namespace TakeUp.Contract.SituationTests;

/// <summary>
/// Converts YAML to JSON the way the rule language says: a plain scalar that looks like a number, a truth
/// or null (YAML 1.2 core schema: null, ~, empty; true/false; decimal integers and floats) becomes that
/// JSON value; every other scalar, and every quoted one, stays text. So `insz: "61041200175"` stays text,
/// as the contract wants, and `year: 2023` is a number. Hexadecimal, octal, .inf and .nan stay text: JSON has
/// no way to write them and the contract never needs them.
/// </summary>
public static partial class YamlJson
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static YamlJsonConversion Convert(YamlNode node, string path = "$")
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var json = Convert(node, path, (int)node.Start.Line, lines);
        return new YamlJsonConversion(json, lines);
    }

    /// <summary>What a scalar becomes in JSON, by the rules above.</summary>
    public static JsonNode? Scalar(YamlScalarNode scalar)
    {
        string text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain || IsStringTagged(scalar))
            return JsonValue.Create(text);
        if (text is "" or "~" or "null" or "Null" or "NULL")
            return null;
        if (text is "true" or "True" or "TRUE")
            return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE")
            return JsonValue.Create(false);
        if (DecimalNumber().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return JsonValue.Create(number);
        return JsonValue.Create(text);
    }

    private static bool IsStringTagged(YamlScalarNode scalar) =>
        !scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == StringTag;

    private static JsonNode? Convert(YamlNode node, string path, int line, Dictionary<string, int> lines)
    {
        lines[path] = line;
        switch (node)
        {
            case YamlScalarNode scalar:
                return Scalar(scalar);

            case YamlSequenceNode sequence:
                var array = new JsonArray();
                int index = 0;
                foreach (var item in sequence.Children)
                {
                    array.Add(Convert(item, $"{path}[{index}]", (int)item.Start.Line, lines));
                    index++;
                }
                return array;

            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    // The value's line is its key's: that is where a reader looks for "members:" or "insz:".
                    string name = key is YamlScalarNode k ? k.Value ?? "" : key.ToString();
                    obj[name] = Convert(value, Fields.PathOf(path, name), (int)key.Start.Line, lines);
                }
                return obj;

            default:
                // An alias is resolved by the representation model before we get here; nothing else remains.
                throw new NotSupportedException($"YAML node {node.NodeType} at line {line}");
        }
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();
}
