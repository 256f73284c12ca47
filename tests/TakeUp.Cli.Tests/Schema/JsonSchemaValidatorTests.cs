using System.Text.Json;
using TakeUp.Cli.Tests.Support;

namespace TakeUp.Cli.Tests.Schema;

/// <summary>The validator must reject what each keyword forbids, or the schema checks elsewhere prove nothing.</summary>
public class JsonSchemaValidatorTests
{
    private static IReadOnlyList<string> Validate(string schema, string instance)
    {
        using var document = JsonDocument.Parse(schema);
        return new JsonSchemaValidator(document.RootElement).Validate(instance);
    }

    [Theory]
    [InlineData("""{ "type": "string" }""", "\"x\"", "1")]
    [InlineData("""{ "type": "integer" }""", "2", "2.5")]
    [InlineData("""{ "type": "integer" }""", "2.0", "\"2\"")]
    [InlineData("""{ "type": "number" }""", "2.5", "null")]
    [InlineData("""{ "type": "boolean" }""", "false", "0")]
    [InlineData("""{ "type": ["boolean", "null"] }""", "null", "\"true\"")]
    [InlineData("""{ "type": "object" }""", "{}", "[]")]
    [InlineData("""{ "type": "array" }""", "[]", "{}")]
    [InlineData("""{ "required": ["a"] }""", """{ "a": null }""", """{ "b": 1 }""")]
    [InlineData("""{ "properties": { "a": { "type": "string" } } }""", """{ "a": "x", "b": 1 }""", """{ "a": 1 }""")]
    [InlineData("""{ "properties": { "a": true }, "additionalProperties": false }""", """{ "a": 1 }""", """{ "a": 1, "b": 2 }""")]
    [InlineData("""{ "items": { "type": "string" } }""", """["a", "b"]""", """["a", 2]""")]
    [InlineData("""{ "enum": ["a", null] }""", "null", "\"b\"")]
    [InlineData("""{ "const": "takeup.result/v1" }""", "\"takeup.result/v1\"", "\"takeup.result/v2\"")]
    [InlineData("""{ "pattern": "^[0-9]{5}$" }""", "\"44021\"", "\"4402\"")]
    [InlineData("""{ "oneOf": [ { "type": "string" }, { "type": "number" } ] }""", "1", "true")]
    [InlineData("""{ "oneOf": [ { "type": "number" }, { "type": "integer" } ] }""", "1.5", "1")]
    [InlineData("""{ "allOf": [ { "type": "number" }, { "minimum": 0 } ] }""", "0", "-1")]
    [InlineData("""{ "minimum": 1900, "maximum": 2200 }""", "2200", "2201")]
    [InlineData("""{ "minItems": 1 }""", "[1]", "[]")]
    [InlineData("""{ "minLength": 1 }""", "\"a\"", "\"\"")]
    [InlineData("""{ "$defs": { "d": { "type": "string" } }, "$ref": "#/$defs/d" }""", "\"x\"", "1")]
    [InlineData("false", "null", "null")]
    public void Each_keyword_accepts_what_it_allows_and_rejects_what_it_forbids(string schema, string good, string bad)
    {
        if (schema != "false")
            Assert.Empty(Validate(schema, good));
        Assert.NotEmpty(Validate(schema, bad));
    }

    [Fact]
    public void A_keyword_it_does_not_know_is_not_silently_ignored()
    {
        Assert.Throws<NotSupportedException>(() => Validate("""{ "maxLength": 3 }""", "\"abcd\""));
    }

    [Fact]
    public void Violations_name_their_path()
    {
        var errors = Validate("""{ "properties": { "results": { "items": { "required": ["right"] } } } }""", """{ "results": [ {}, { "right": "x" }, {} ] }""");
        Assert.Equal(["$.results[0]: lacks required property \"right\"", "$.results[2]: lacks required property \"right\""], errors);
    }

    private const string GoodResult = """
        { "contract": "takeup.result/v1", "date": "2025-03-01", "household": "h-001", "catalog": "be-vl@1",
          "results": [ { "right": "igo", "beneficiary": "p1", "outcome": "eligible", "action": "grant",
                         "missing": [], "stale": [ { "fact": "members[p1].statuses[0]", "as_of": "2024-01-01", "age_days": 425 } ],
                         "amount": { "value": 12.5, "unit": "EUR/month" },
                         "because": [ { "text": "t", "legal": "l", "facts": [] } ] } ] }
        """;

    [Fact]
    public void The_result_schema_accepts_a_good_result()
    {
        Assert.Empty(JsonSchemaValidator.FromFile(RepositoryPaths.ResultSchema).Validate(GoodResult));
        Assert.Empty(JsonSchemaValidator.FromFile(RepositoryPaths.ResultSchema).Validate(GoodResult.Replace("""{ "value": 12.5, "unit": "EUR/month" }""", "null")));
    }

    [Theory]
    [InlineData("\"outcome\": \"eligible\"", "\"outcome\": \"yes\"")]
    [InlineData("\"action\": \"grant\"", "\"action\": \"open\"")]
    [InlineData("\"unit\": \"EUR/month\"", "\"unit\": \"EUR/week\"")]
    [InlineData("\"contract\": \"takeup.result/v1\"", "\"contract\": \"takeup.situation/v1\"")]
    [InlineData("\"date\": \"2025-03-01\"", "\"date\": \"1/3/2025\"")]
    [InlineData("\"missing\": [],", "")]
    [InlineData("\"age_days\": 425", "\"age_days\": 425.5")]
    [InlineData("\"legal\": \"l\"", "\"legal\": null")]
    [InlineData("\"amount\": { \"value\": 12.5, \"unit\": \"EUR/month\" }", "\"amount\": { \"value\": 12.5 }")]
    public void The_result_schema_rejects_a_bad_result(string good, string bad)
    {
        Assert.Contains(good, GoodResult);
        Assert.NotEmpty(JsonSchemaValidator.FromFile(RepositoryPaths.ResultSchema).Validate(GoodResult.Replace(good, bad)));
    }

    [Fact]
    public void The_situation_schema_accepts_the_contract_examples()
    {
        var validator = JsonSchemaValidator.FromFile(RepositoryPaths.SituationSchema);
        foreach (var example in RepositoryPaths.Examples())
            Assert.True(validator.Validate(File.ReadAllText(example)).Count == 0, example);
    }

    [Theory]
    [InlineData("""{ "household": { "id": "h", "members": [] } }""")]
    [InlineData("""{ "household": { "id": "h", "housing": { "tenure": { "value": "castle" } }, "members": [ { "id": "p", "relation": "reference" } ] } }""")]
    [InlineData("""{ "household": { "id": "h", "members": [ { "id": "p", "relation": "reference", "incomes": [ { "kind": "other", "year": 1800 } ] } ] } }""")]
    [InlineData("""{ "household": { "id": "h", "members": [ { "id": "p", "relation": "reference", "dependent": { "source": "ksz" } } ] } }""")]
    [InlineData("""{ "contract": "takeup.situation/v2", "household": { "id": "h", "members": [ { "id": "p", "relation": "reference" } ] } }""")]
    public void The_situation_schema_rejects_bad_situations(string situation)
    {
        Assert.NotEmpty(JsonSchemaValidator.FromFile(RepositoryPaths.SituationSchema).Validate(situation));
    }
}
