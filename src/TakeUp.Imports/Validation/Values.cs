using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using TakeUp.Contract.Situations;
using TakeUp.Rules.Facts;

namespace TakeUp.Imports.Validation;

/// <summary>
/// One kind of value of the formats (a code list, a boolean, an amount, a count, a date): how its text is
/// checked, and its canonical text form, which is also how observations store values and how conflicts compare
/// them. Values are boxed: codes as the contract's own name string, the others as bool, decimal, int, DateOnly.
/// </summary>
internal abstract class ValueSpec
{
    public abstract string Describe { get; }

    /// <summary>Parses a non-empty text; false with the reason when it is not a value of this kind.</summary>
    public abstract bool TryParse(string text, out object? value, out string? problem);

    /// <summary>A JSON number, checked by the same rules as its text in a CSV file.</summary>
    protected bool TryParseJsonNumber(JsonElement element, out object? value, out string? problem)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            value = null;
            problem = $"must be a JSON number, got {Kind(element)}";
            return false;
        }
        return TryParse(element.GetRawText(), out value, out problem);
    }

    /// <summary>Parses a JSON value that is not null.</summary>
    public virtual bool TryParseJson(JsonElement element, out object? value, out string? problem)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            value = null;
            problem = $"must be a JSON string ({Describe}), got {Kind(element)}";
            return false;
        }
        return TryParse(element.GetString()!, out value, out problem);
    }

    public abstract string Format(object value);

    protected static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}

internal sealed class CodeSpec<T> : ValueSpec where T : struct, Enum
{
    private readonly string _list = string.Join(", ", Codes.Names<T>());

    // The contract's own name strings: one instance per code, however many rows use it.
    private readonly FrozenDictionary<string, string> _names =
        Codes.Names<T>().ToFrozenDictionary(n => n, n => n, StringComparer.Ordinal);

    public override string Describe => "one of " + _list;

    public override bool TryParse(string text, out object? value, out string? problem)
    {
        if (_names.TryGetValue(text, out var name))
        {
            value = name;
            problem = null;
            return true;
        }
        value = null;
        problem = $"unknown code \"{Values.Shorten(text)}\"; expected one of {_list}";
        return false;
    }

    public override string Format(object value) => (string)value;
}

internal sealed class BoolSpec : ValueSpec
{
    public static readonly BoolSpec Instance = new();

    public override string Describe => "true or false";

    public override bool TryParse(string text, out object? value, out string? problem)
    {
        (value, problem) = text switch
        {
            "true" => ((object?)true, (string?)null),
            "false" => (false, null),
            _ => (null, $"must be true or false, got \"{Values.Shorten(text)}\""),
        };
        return problem is null;
    }

    public override bool TryParseJson(JsonElement element, out object? value, out string? problem)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            value = element.GetBoolean();
            problem = null;
            return true;
        }
        value = null;
        problem = $"must be a JSON boolean, got {Kind(element)}";
        return false;
    }

    public override string Format(object value) => (bool)value ? "true" : "false";
}

internal sealed class DecimalSpec(decimal min, decimal max) : ValueSpec
{
    public override string Describe => $"a number from {Values.Format(min)} to {Values.Format(max)}";

    public override bool TryParse(string text, out object? value, out string? problem)
    {
        value = null;
        if (!Values.TryParseDecimal(text, out var number))
        {
            problem = $"must be a number written like 1234.56 (at most 4 decimals, no thousands separator), got \"{Values.Shorten(text)}\"";
            return false;
        }
        if (number < min || number > max)
        {
            problem = $"{Values.Format(number)} is out of range ({Values.Format(min)} to {Values.Format(max)})";
            return false;
        }
        value = number;
        problem = null;
        return true;
    }

    public override bool TryParseJson(JsonElement element, out object? value, out string? problem) =>
        TryParseJsonNumber(element, out value, out problem);

    public override string Format(object value) => Values.Format((decimal)value);
}

internal sealed class IntSpec(int min, int max) : ValueSpec
{
    public override string Describe => $"a whole number from {min} to {max}";

    public override bool TryParse(string text, out object? value, out string? problem)
    {
        value = null;
        bool digits = text.Length is > 0 and <= 9 && text.AsSpan(text[0] == '-' ? 1 : 0).Length > 0
                      && !text.AsSpan(text[0] == '-' ? 1 : 0).ContainsAnyExceptInRange('0', '9');
        if (!digits)
        {
            problem = $"must be a whole number, got \"{Values.Shorten(text)}\"";
            return false;
        }
        int number = int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (number < min || number > max)
        {
            problem = $"{number} is out of range ({min} to {max})";
            return false;
        }
        value = number;
        problem = null;
        return true;
    }

    public override bool TryParseJson(JsonElement element, out object? value, out string? problem) =>
        TryParseJsonNumber(element, out value, out problem);

    public override string Format(object value) => ((int)value).ToString(CultureInfo.InvariantCulture);
}

internal sealed class DateSpec : ValueSpec
{
    public static readonly DateSpec Instance = new();

    public override string Describe => "a date YYYY-MM-DD";

    public override bool TryParse(string text, out object? value, out string? problem)
    {
        value = null;
        if (!Values.TryParseDate(text, out var date, out problem)) return false;
        value = date;
        return true;
    }

    public override string Format(object value) => ContractDate.Format((DateOnly)value);
}

/// <summary>The checks shared by both formats.</summary>
internal static class Values
{
    public static readonly DateOnly MinDate = new(1900, 1, 1);
    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    public static readonly ValueSpec Source = new CodeSpec<FactSource>();

    public static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Format(DateOnly value) => ContractDate.Format(value);

    /// <summary>Quoted text in a reason stays short: a reason names what is wrong, it does not copy the record.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    public static bool TryParseDate(string text, out DateOnly date, out string? problem)
    {
        if (!ContractDate.TryParse(text, out date, out problem)) return false;
        if (date < MinDate || date > MaxDate)
        {
            problem = $"{text} is out of range (1900-01-01 to 2100-12-31)";
            return false;
        }
        return true;
    }

    /// <summary>-?digits(.digits{1,4})?, at most 10 digits before the point (the database keeps 14 with 4 decimals).</summary>
    public static bool TryParseDecimal(string text, out decimal value)
    {
        value = 0;
        var span = text.AsSpan();
        if (span.Length > 0 && span[0] == '-') span = span[1..];
        int point = span.IndexOf('.');
        var whole = point < 0 ? span : span[..point];
        var fraction = point < 0 ? ReadOnlySpan<char>.Empty : span[(point + 1)..];
        if (whole.Length is 0 or > 10 || whole.ContainsAnyExceptInRange('0', '9')) return false;
        if (point >= 0 && (fraction.Length is 0 or > 4 || fraction.ContainsAnyExceptInRange('0', '9'))) return false;
        value = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Ids: 1 to 64 of A–Z a–z 0–9 - _ . : (pseudonymous keys, safe in logs and pending_changes).</summary>
    public static string? IdProblem(string text)
    {
        if (text.Length == 0) return "is required";
        if (text.Length > 64) return $"is longer than 64 characters ({text.Length})";
        foreach (char c in text)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
                return "may only contain A-Z a-z 0-9 - _ . : (got a character outside them)";
        return null;
    }

    public static string? NisProblem(string text) =>
        text.Length == 5 && !text.AsSpan().ContainsAnyExceptInRange('0', '9') ? null : "must be a 5-digit NIS code";
}
