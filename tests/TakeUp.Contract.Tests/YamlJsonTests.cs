using System.Text.Json.Nodes;
using TakeUp.Contract.SituationTests;
using YamlDotNet.RepresentationModel;

namespace TakeUp.Contract.Tests;

public class YamlJsonTests
{
    private static YamlNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    private static string Json(string yaml) => YamlJson.Convert(Load(yaml)).Json?.ToJsonString() ?? "null";

    [Theory]
    [InlineData("v: 12", """{"v":12}""")]
    [InlineData("v: -3", """{"v":-3}""")]
    [InlineData("v: +3", """{"v":3}""")]
    [InlineData("v: 1238.41", """{"v":1238.41}""")]
    [InlineData("v: 14250.00", """{"v":14250.00}""")]
    [InlineData("v: .5", """{"v":0.5}""")]
    [InlineData("v: 1e3", """{"v":1000}""")]
    [InlineData("v: true", """{"v":true}""")]
    [InlineData("v: False", """{"v":false}""")]
    [InlineData("v: null", """{"v":null}""")]
    [InlineData("v: ~", """{"v":null}""")]
    [InlineData("v:", """{"v":null}""")]
    public void Plain_scalars_that_look_like_numbers_truths_or_null_become_those(string yaml, string json)
    {
        Assert.Equal(json, Json(yaml));
    }

    [Theory]
    [InlineData("v: \"61041200175\"", """{"v":"61041200175"}""")]
    [InlineData("v: '12'", """{"v":"12"}""")]
    [InlineData("v: \"true\"", """{"v":"true"}""")]
    [InlineData("v: 'null'", """{"v":"null"}""")]
    [InlineData("v: !!str 12", """{"v":"12"}""")]
    [InlineData("v: ''", """{"v":""}""")]
    public void Quoted_or_string_tagged_scalars_stay_text(string yaml, string json)
    {
        Assert.Equal(json, Json(yaml));
    }

    [Theory]
    [InlineData("v: 1961-04-12", """{"v":"1961-04-12"}""")]
    [InlineData("v: yes", """{"v":"yes"}""")]
    [InlineData("v: 0x1F", """{"v":"0x1F"}""")]
    [InlineData("v: .inf", """{"v":".inf"}""")]
    [InlineData("v: private-rent", """{"v":"private-rent"}""")]
    [InlineData("v: 12 apples", """{"v":"12 apples"}""")]
    public void Other_plain_scalars_stay_text(string yaml, string json)
    {
        Assert.Equal(json, Json(yaml));
    }

    [Fact]
    public void Mappings_and_sequences_keep_their_order_and_nesting()
    {
        const string yaml = """
            id: h1
            members:
              - id: p1
                statuses: [ { status: ivt, since: 2019-06-01 } ]
                incomes: []
              - id: p2
            """;
        Assert.Equal(
            """{"id":"h1","members":[{"id":"p1","statuses":[{"status":"ivt","since":"2019-06-01"}],"incomes":[]},{"id":"p2"}]}""",
            Json(yaml));
    }

    [Fact]
    public void Every_path_knows_its_line()
    {
        const string yaml = """
            household:
              id: h1
              members:
                - id: p1
                  insz: "61041200176"
                - id: p2
            """;
        var conversion = YamlJson.Convert(Load(yaml));
        Assert.Equal(1, conversion.LineOf("$.household", 0));
        Assert.Equal(3, conversion.LineOf("$.household.members", 0));
        Assert.Equal(4, conversion.LineOf("$.household.members[0]", 0));
        Assert.Equal(5, conversion.LineOf("$.household.members[0].insz", 0));
        Assert.Equal(6, conversion.LineOf("$.household.members[1].id", 0));
    }

    [Fact]
    public void A_path_that_was_not_written_takes_the_line_of_its_nearest_ancestor()
    {
        var conversion = YamlJson.Convert(Load("household:\n  id: h1\n  members:\n    - id: p1\n"));
        Assert.Equal(4, conversion.LineOf("$.household.members[0].relation", 0));
        Assert.Equal(1, conversion.LineOf("$.household.housing.tenure", 0));
        Assert.Equal(99, conversion.LineOf("elsewhere", 99));
    }

    [Fact]
    public void Anchors_and_aliases_are_resolved()
    {
        Assert.Equal("""{"a":{"x":1},"b":{"x":1}}""", Json("a: &shared { x: 1 }\nb: *shared\n"));
    }

    [Fact]
    public void A_converted_number_is_a_json_number()
    {
        var node = (JsonObject)YamlJson.Convert(Load("year: 2023")).Json!;
        Assert.Equal(2023, node["year"]!.GetValue<decimal>());
    }
}
