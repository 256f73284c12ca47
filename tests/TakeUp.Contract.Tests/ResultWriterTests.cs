using System.Text;
using System.Text.Json;
using TakeUp.Contract.Results;
using TakeUp.Rules.Results;

namespace TakeUp.Contract.Tests;

public class ResultWriterTests
{
    private static readonly HouseholdResult Sample = new("h-001", new DateOnly(2025, 3, 1), "be-vl@2026.11.0",
    [
        new RightResult("verhoogde-tegemoetkoming", "p1", Outcome.Eligible, RightAction.Propose,
            Missing: [],
            Stale: [new StaleFact("members[p1].statuses[0]", new DateOnly(2024, 1, 2), 424)],
            Amount: null,
            Because: [new Reason("Ontvangt een integratietegemoetkoming (IVT).", "ZIV-wet 14 juli 1994, art. 37 §19", ["members[p1].statuses[0]"])]),
        new RightResult("sociaal-tarief-energie", "household", Outcome.Unknown, RightAction.Ask,
            Missing: ["housing.heating_fuel", "members[p1].incomes"],
            Stale: [],
            Amount: new Amount(1238.41m, "EUR/year"),
            Because: [new Reason("Intervention majorée « à vérifier »", null, [])]),
    ]);

    private const string Expected = """
        {
          "contract": "takeup.result/v1",
          "date": "2025-03-01",
          "household": "h-001",
          "catalog": "be-vl@2026.11.0",
          "results": [
            {
              "right": "verhoogde-tegemoetkoming",
              "beneficiary": "p1",
              "outcome": "eligible",
              "action": "propose",
              "missing": [],
              "stale": [
                {
                  "fact": "members[p1].statuses[0]",
                  "as_of": "2024-01-02",
                  "age_days": 424
                }
              ],
              "amount": null,
              "because": [
                {
                  "text": "Ontvangt een integratietegemoetkoming (IVT).",
                  "legal": "ZIV-wet 14 juli 1994, art. 37 §19",
                  "facts": [
                    "members[p1].statuses[0]"
                  ]
                }
              ]
            },
            {
              "right": "sociaal-tarief-energie",
              "beneficiary": "household",
              "outcome": "unknown",
              "action": "ask",
              "missing": [
                "housing.heating_fuel",
                "members[p1].incomes"
              ],
              "stale": [],
              "amount": {
                "value": 1238.41,
                "unit": "EUR/year"
              },
              "because": [
                {
                  "text": "Intervention majorée « à vérifier »",
                  "facts": []
                }
              ]
            }
          ]
        }

        """;

    [Fact]
    public void Writes_the_contract_fields_in_snake_case_and_in_a_fixed_order()
    {
        Assert.Equal(Expected, ResultWriter.Write(Sample));
    }

    [Fact]
    public void Writes_utf8_without_byte_order_mark_and_the_same_bytes_every_time()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        ResultWriter.Write(Sample, first);
        ResultWriter.Write(Sample, second);

        byte[] bytes = first.ToArray();
        Assert.Equal(bytes, second.ToArray());
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(Expected, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    [Fact]
    public void An_empty_result_list_is_still_a_list()
    {
        string json = ResultWriter.Write(Sample with { Results = [] });
        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("results").ValueKind);
    }

    [Fact]
    public void Quotes_and_control_characters_in_texts_are_escaped()
    {
        var result = Sample with { Household = "h \"1\"\n", Results = [] };
        using var document = JsonDocument.Parse(ResultWriter.Write(result));
        Assert.Equal("h \"1\"\n", document.RootElement.GetProperty("household").GetString());
    }
}
