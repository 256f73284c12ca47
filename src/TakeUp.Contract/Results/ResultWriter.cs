using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TakeUp.Contract.Situations;
using TakeUp.Rules.Results;

namespace TakeUp.Contract.Results;

/// <summary>
/// Writes a <see cref="HouseholdResult"/> as a takeup.result/v1 document. Field order, indentation and line
/// ends are fixed, so the same result always gives the same bytes (diffable, testable, cacheable).
/// </summary>
public static class ResultWriter
{
    public const string ContractName = "takeup.result/v1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // The texts are Dutch and French: keep é and ë readable instead of \u00e9. The output is never
        // embedded in HTML, which is the only thing the default, stricter escaping protects against.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(HouseholdResult result)
    {
        using var buffer = new MemoryStream();
        Write(result, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes UTF-8 without a byte order mark, ending with a newline.</summary>
    public static void Write(HouseholdResult result, Stream destination)
    {
        using (var json = new Utf8JsonWriter(destination, Options))
        {
            json.WriteStartObject();
            json.WriteString("contract", ContractName);
            json.WriteString("date", ContractDate.Format(result.Date));
            json.WriteString("household", result.Household);
            json.WriteString("catalog", result.Catalog);
            json.WriteStartArray("results");
            foreach (var right in result.Results)
                WriteRight(json, right);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        destination.WriteByte((byte)'\n');
    }

    private static void WriteRight(Utf8JsonWriter json, RightResult result)
    {
        json.WriteStartObject();
        json.WriteString("right", result.Right);
        json.WriteString("beneficiary", result.Beneficiary);
        json.WriteString("outcome", Wire.Name(result.Outcome));
        json.WriteString("action", Wire.Name(result.Action));
        WriteStrings(json, "missing", result.Missing);

        json.WriteStartArray("stale");
        foreach (var stale in result.Stale)
        {
            json.WriteStartObject();
            json.WriteString("fact", stale.Fact);
            json.WriteString("as_of", ContractDate.Format(stale.AsOf));
            json.WriteNumber("age_days", stale.AgeDays);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        if (result.Amount is { } amount)
        {
            json.WriteStartObject("amount");
            json.WriteNumber("value", amount.Value);
            json.WriteString("unit", amount.Unit);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("amount");
        }

        json.WriteStartArray("because");
        foreach (var reason in result.Because)
        {
            json.WriteStartObject();
            json.WriteString("text", reason.Text);
            if (reason.Legal is not null)
                json.WriteString("legal", reason.Legal);
            WriteStrings(json, "facts", reason.Facts);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
