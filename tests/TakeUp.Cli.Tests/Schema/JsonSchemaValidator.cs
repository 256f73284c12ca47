using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TakeUp.Cli.Tests.Schema;

/// <summary>
/// A small JSON Schema (2020-12) validator for exactly the keywords the contract's two schema files use:
/// type, required, properties, additionalProperties (true/false), items, enum, const, pattern, oneOf, allOf,
/// $ref to a JSON pointer in the same document, minimum, maximum, minItems, minLength. No JSON Schema
/// package restores here (JsonSchema.Net lacks a dependency on the feed; NJsonSchema ignores const and
/// cannot resolve $defs). A keyword it does not know makes it throw rather than silently pass.
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$defs"];

    private readonly JsonElement _root;

    public JsonSchemaValidator(JsonElement root) => _root = root.Clone();

    public static JsonSchemaValidator FromFile(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new JsonSchemaValidator(document.RootElement);
    }

    /// <summary>Every violation, as "path: what is wrong"; empty when the instance is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "$", errors);
        return errors;
    }

    public IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(document.RootElement);
    }

    private void Validate(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.ValueKind is JsonValueKind.True)
            return;
        if (schema.ValueKind is JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case var annotation when Annotations.Contains(annotation):
                    break;
                case "$ref":
                    Validate(Resolve(value.GetString()!), instance, path, errors);
                    break;
                case "type":
                    var types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(t => t.GetString()!).ToList() : [value.GetString()!];
                    if (!types.Any(t => HasType(instance, t)))
                        errors.Add($"{path}: must be of type {string.Join(" or ", types)}, is {instance.ValueKind}");
                    break;
                case "enum":
                    if (!value.EnumerateArray().Any(allowed => JsonEquals(allowed, instance)))
                        errors.Add($"{path}: {instance.GetRawText()} is not one of {value.GetRawText()}");
                    break;
                case "const":
                    if (!JsonEquals(value, instance))
                        errors.Add($"{path}: must be {value.GetRawText()}, is {instance.GetRawText()}");
                    break;
                case "required":
                    if (instance.ValueKind == JsonValueKind.Object)
                        foreach (var name in value.EnumerateArray().Select(n => n.GetString()!))
                            if (!instance.TryGetProperty(name, out _))
                                errors.Add($"{path}: lacks required property \"{name}\"");
                    break;
                case "properties":
                    if (instance.ValueKind == JsonValueKind.Object)
                        foreach (var property in value.EnumerateObject())
                            if (instance.TryGetProperty(property.Name, out var propertyValue))
                                Validate(property.Value, propertyValue, $"{path}.{property.Name}", errors);
                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.False && instance.ValueKind == JsonValueKind.Object)
                    {
                        var declared = schema.TryGetProperty("properties", out var p) ? p.EnumerateObject().Select(x => x.Name).ToHashSet() : [];
                        foreach (var property in instance.EnumerateObject().Where(x => !declared.Contains(x.Name)))
                            errors.Add($"{path}: property \"{property.Name}\" is not allowed");
                    }
                    else if (value.ValueKind != JsonValueKind.True && value.ValueKind != JsonValueKind.False)
                        throw new NotSupportedException("additionalProperties with a schema");
                    break;
                case "items":
                    if (instance.ValueKind == JsonValueKind.Array)
                    {
                        int index = 0;
                        foreach (var item in instance.EnumerateArray())
                            Validate(value, item, $"{path}[{index++}]", errors);
                    }
                    break;
                case "oneOf":
                    int matches = value.EnumerateArray().Count(option => IsValid(option, instance));
                    if (matches != 1)
                        errors.Add($"{path}: matches {matches} of the oneOf schemas, must match exactly one");
                    break;
                case "allOf":
                    foreach (var part in value.EnumerateArray())
                        Validate(part, instance, path, errors);
                    break;
                case "pattern":
                    if (instance.ValueKind == JsonValueKind.String && !Regex.IsMatch(instance.GetString()!, value.GetString()!))
                        errors.Add($"{path}: \"{instance.GetString()}\" does not match {value.GetString()}");
                    break;
                case "minimum":
                    if (instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() < value.GetDecimal())
                        errors.Add($"{path}: {instance.GetRawText()} is less than {value.GetRawText()}");
                    break;
                case "maximum":
                    if (instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() > value.GetDecimal())
                        errors.Add($"{path}: {instance.GetRawText()} is more than {value.GetRawText()}");
                    break;
                case "minItems":
                    if (instance.ValueKind == JsonValueKind.Array && instance.GetArrayLength() < value.GetInt32())
                        errors.Add($"{path}: has {instance.GetArrayLength()} items, fewer than {value.GetInt32()}");
                    break;
                case "minLength":
                    if (instance.ValueKind == JsonValueKind.String && instance.GetString()!.EnumerateRunes().Count() < value.GetInt32())
                        errors.Add($"{path}: is shorter than {value.GetInt32()}");
                    break;
                default:
                    throw new NotSupportedException($"JSON Schema keyword \"{keyword.Name}\" is not supported by this validator");
            }
        }
    }

    private bool IsValid(JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Validate(schema, instance, "$", errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
            throw new NotSupportedException($"$ref \"{reference}\": only references inside the document are supported");
        var current = _root;
        foreach (var segment in reference[2..].Split('/'))
            current = current.GetProperty(segment.Replace("~1", "/").Replace("~0", "~"));
        return current;
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number
            && decimal.TryParse(instance.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number),
        _ => throw new NotSupportedException($"type \"{type}\""),
    };

    private static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
            return false;
        return a.ValueKind switch
        {
            JsonValueKind.String => a.GetString() == b.GetString(),
            JsonValueKind.Number => a.GetDecimal() == b.GetDecimal(),
            JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength()
                && a.EnumerateArray().Zip(b.EnumerateArray()).All(pair => JsonEquals(pair.First, pair.Second)),
            JsonValueKind.Object => a.EnumerateObject().Count() == b.EnumerateObject().Count()
                && a.EnumerateObject().All(p => b.TryGetProperty(p.Name, out var other) && JsonEquals(p.Value, other)),
            _ => true,
        };
    }
}
