using System.Globalization;
using System.Text.Json;
using TakeUp.Rules.Facts;

namespace TakeUp.Contract.Situations;

/// <summary>
/// Reads the values of a situation document one field at a time and notes every problem instead of
/// stopping at the first, so that whoever fixes a document sees all that is wrong with it at once.
/// Each reader returns null when the value is absent, null or wrong; the caller never has to check why.
/// </summary>
internal sealed class JsonFieldReader
{
    private readonly List<SituationProblem> _problems = [];

    public IReadOnlyList<SituationProblem> Problems => _problems;

    public void Problem(string path, string message) => _problems.Add(new SituationProblem(path, message));

    /// <summary>The properties of an object by name; a name given twice is a problem (which one would count?).</summary>
    public Fields? Object(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(path, $"must be an object, got {Describe(element)}");
            return null;
        }

        var byName = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            if (!byName.TryAdd(property.Name, property.Value))
                Problem(Fields.PathOf(path, property.Name), "is given twice");
        return new Fields(byName, path);
    }

    public IReadOnlyList<T>? List<T>(Fields fields, string name, Func<JsonElement, string, T?> readItem) where T : class
    {
        if (fields.Get(name) is not { } element)
            return null;
        string path = fields.PathOf(name);
        if (element.ValueKind != JsonValueKind.Array)
        {
            Problem(path, $"must be an array, got {Describe(element)}");
            return null;
        }

        var items = new List<T>();
        int index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (readItem(item, $"{path}[{index}]") is { } value)
                items.Add(value);
            index++;
        }
        return items;
    }

    public string? RequiredString(Fields fields, string name)
    {
        if (fields.Get(name) is not { } element)
        {
            Problem(fields.PathOf(name), "is required");
            return null;
        }
        return NonEmptyString(element, fields.PathOf(name));
    }

    public string? OptionalString(Fields fields, string name) =>
        fields.Get(name) is { } element ? NonEmptyString(element, fields.PathOf(name)) : null;

    public T? RequiredCode<T>(Fields fields, string name) where T : struct, Enum
    {
        if (fields.Get(name) is not { } element)
        {
            Problem(fields.PathOf(name), $"is required: one of {Allowed<T>()}");
            return null;
        }
        return Code<T>(element, fields.PathOf(name));
    }

    public T? OptionalCode<T>(Fields fields, string name) where T : struct, Enum =>
        fields.Get(name) is { } element ? Code<T>(element, fields.PathOf(name)) : null;

    public DateOnly? RequiredDate(Fields fields, string name)
    {
        if (fields.Get(name) is not { } element)
        {
            Problem(fields.PathOf(name), "is required: a date written YYYY-MM-DD");
            return null;
        }
        return Date(element, fields.PathOf(name));
    }

    public DateOnly? OptionalDate(Fields fields, string name) =>
        fields.Get(name) is { } element ? Date(element, fields.PathOf(name)) : null;

    public int? RequiredWholeNumber(Fields fields, string name, int minimum, int maximum)
    {
        if (fields.Get(name) is not { } element)
        {
            Problem(fields.PathOf(name), "is required");
            return null;
        }
        return WholeNumber(element, fields.PathOf(name), minimum, maximum);
    }

    public decimal? OptionalAmount(Fields fields, string name) =>
        fields.Get(name) is { } element ? Amount(element, fields.PathOf(name)) : null;

    /// <summary>
    /// A scalar fact: its bare value, or { "value": …, "source": …, "as_of": … }. Absent or null is unknown,
    /// and so is a null "value" (whose source and date are still kept: someone looked and could not tell).
    /// </summary>
    public Fact<T> ScalarFact<T>(Fields fields, string name, Func<JsonElement, string, T?> readValue) where T : struct
    {
        if (fields.Get(name) is not { } element)
            return Fact<T>.Unknown;
        string path = fields.PathOf(name);
        if (element.ValueKind != JsonValueKind.Object)
            return new Fact<T>(readValue(element, path));

        var provenance = Object(element, path)!;
        if (!provenance.Has("value"))
            Problem(provenance.PathOf("value"), "is required when a fact is written as an object with its source");
        T? value = provenance.Get("value") is { } valueElement ? readValue(valueElement, provenance.PathOf("value")) : null;
        return new Fact<T>(value, OptionalCode<FactSource>(provenance, "source"), OptionalDate(provenance, "as_of"));
    }

    /// <summary>A fact whose value is text: only its value is kept, the engine has no provenance for it.</summary>
    public string? TextScalarFact(Fields fields, string name, Func<JsonElement, string, string?> readValue)
    {
        if (fields.Get(name) is not { } element)
            return null;
        string path = fields.PathOf(name);
        if (element.ValueKind != JsonValueKind.Object)
            return readValue(element, path);

        var provenance = Object(element, path)!;
        if (!provenance.Has("value"))
            Problem(provenance.PathOf("value"), "is required when a fact is written as an object with its source");
        OptionalCode<FactSource>(provenance, "source");
        OptionalDate(provenance, "as_of");
        return provenance.Get("value") is { } valueElement ? readValue(valueElement, provenance.PathOf("value")) : null;
    }

    public string? NonEmptyString(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            Problem(path, $"must be a string, got {Describe(element)}");
            return null;
        }
        string text = element.GetString()!;
        if (text.Length == 0)
        {
            Problem(path, "must not be empty");
            return null;
        }
        return text;
    }

    public T? Code<T>(JsonElement element, string path) where T : struct, Enum
    {
        if (element.ValueKind == JsonValueKind.String && Codes.TryParse<T>(element.GetString()!, out var value))
            return value;
        Problem(path, element.ValueKind == JsonValueKind.String
            ? $"\"{element.GetString()}\" is not one of {Allowed<T>()}"
            : $"must be one of {Allowed<T>()}, got {Describe(element)}");
        return null;
    }

    public bool? Truth(JsonElement element, string path)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return element.GetBoolean();
        Problem(path, $"must be true or false, got {Describe(element)}");
        return null;
    }

    public DateOnly? Date(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            Problem(path, $"must be a date written YYYY-MM-DD, got {Describe(element)}");
            return null;
        }
        if (ContractDate.TryParse(element.GetString()!, out var date, out var problem))
            return date;
        Problem(path, problem);
        return null;
    }

    /// <summary>A sum of money in euro: a number, never negative.</summary>
    public decimal? Amount(JsonElement element, string path) => Number(element, path, 0m, null);

    public decimal? Number(JsonElement element, string path, decimal minimum, decimal? maximum)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            Problem(path, $"must be a number, got {Describe(element)}");
            return null;
        }
        if (!element.TryGetDecimal(out var number))
        {
            Problem(path, $"{element.GetRawText()} is too large");
            return null;
        }
        if (number < minimum)
        {
            Problem(path, minimum == 0 ? $"must not be negative, got {Raw(element)}" : $"must be at least {minimum}, got {Raw(element)}");
            return null;
        }
        if (number > maximum)
        {
            Problem(path, $"must be at most {maximum.Value.ToString(CultureInfo.InvariantCulture)}, got {Raw(element)}");
            return null;
        }
        return number;
    }

    public int? WholeNumber(JsonElement element, string path, int minimum, int maximum)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            Problem(path, $"must be a whole number, got {Describe(element)}");
            return null;
        }
        if (!element.TryGetDecimal(out var number) || number != decimal.Truncate(number))
        {
            Problem(path, $"must be a whole number, got {Raw(element)}");
            return null;
        }
        if (number < minimum || number > maximum)
        {
            Problem(path, $"must be between {minimum} and {maximum}, got {Raw(element)}");
            return null;
        }
        return (int)number;
    }

    public static string Allowed<T>() where T : struct, Enum => string.Join(", ", Codes.Names<T>());

    /// <summary>A value as a message shows it: strings quoted, numbers as written, containers by kind.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Number => Raw(element),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static string Raw(JsonElement element) => element.GetRawText();

    private static string Quote(string text) => text.Length <= 40 ? $"\"{text}\"" : $"\"{text[..37]}...\"";
}
