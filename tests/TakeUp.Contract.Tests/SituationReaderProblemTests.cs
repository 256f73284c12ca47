using TakeUp.Contract.Situations;

namespace TakeUp.Contract.Tests;

/// <summary>One test (or theory) per class of invalid input: the exact path, and words that say what to fix.</summary>
public class SituationReaderProblemTests
{
    private const string Reference = """{ "id": "p1", "relation": "reference" }""";

    private static string Document(string members, string household = "", string root = "") =>
        $$"""{ {{root}} "household": { {{household}} "id": "h1", "members": [ {{members}} ] } }""";

    private static IReadOnlyList<string> Problems(string json)
    {
        var result = SituationReader.Read(json);
        Assert.False(result.Succeeded, "the document was expected to be refused");
        Assert.Null(result.Situation);
        return result.Problems.Select(p => p.ToString()).ToList();
    }

    private static string SingleProblem(string json) => Assert.Single(Problems(json));

    [Fact]
    public void Not_json_is_reported_with_line_and_position()
    {
        string problem = SingleProblem("{\n  \"household\": {\n    \"id\": 'h1'\n  }\n}");
        Assert.StartsWith("$: not JSON: ", problem);
        Assert.EndsWith("(line 3, position 11)", problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"household\": ")]
    [InlineData("{ \"household\": {}, }")] // trailing comma
    [InlineData("// comment\n{}")]
    public void Anything_that_is_not_strict_json_is_not_json(string text)
    {
        Assert.StartsWith("$: not JSON: ", SingleProblem(text));
    }

    [Fact]
    public void The_document_must_be_an_object()
    {
        Assert.Equal("$: must be an object, got an array", SingleProblem("[]"));
    }

    [Theory]
    [InlineData("""{ "id": 12, "relation": "reference" }""", "$.household.members[0].id: must be a string, got 12")]
    [InlineData("""{ "id": "p1", "relation": "reference", "dependent": "yes" }""", "$.household.members[0].dependent: must be true or false, got \"yes\"")]
    [InlineData("""{ "id": "p1", "relation": "reference", "statuses": {} }""", "$.household.members[0].statuses: must be an array, got an object")]
    [InlineData("""{ "id": "p1", "relation": "reference", "incomes": [ { "kind": "pension", "year": "2023" } ] }""", "$.household.members[0].incomes[0].year: must be a whole number, got \"2023\"")]
    [InlineData("""{ "id": "p1", "relation": "reference", "incomes": [ { "kind": "pension", "year": 2023.5 } ] }""", "$.household.members[0].incomes[0].year: must be a whole number, got 2023.5")]
    [InlineData("""{ "id": "p1", "relation": "reference", "birth_date": 19610412 }""", "$.household.members[0].birth_date: must be a date written YYYY-MM-DD, got 19610412")]
    [InlineData("""{ "id": "p1", "relation": "reference", "disability": [] }""", "$.household.members[0].disability: must be an object, got an array")]
    [InlineData("""{ "id": "p1", "relation": "reference", "abroad_days_last_year": 12.5 }""", "$.household.members[0].abroad_days_last_year: must be a whole number, got 12.5")]
    [InlineData("""{ "id": "p1", "relation": "reference", "insz": 61041200175 }""", "$.household.members[0].insz: must be a string, got 61041200175")]
    [InlineData("""{ "id": "p1", "relation": "reference", "registered_at_address": { "value": "yes", "source": "ksz" } }""", "$.household.members[0].registered_at_address.value: must be true or false, got \"yes\"")]
    [InlineData("\"p1\"", "$.household.members[0]: must be an object, got \"p1\"")]
    public void Wrong_types_name_the_expected_and_the_given(string member, string expected)
    {
        Assert.Equal(expected, SingleProblem(Document(member)));
    }

    [Fact]
    public void A_housing_value_of_the_wrong_type_is_refused()
    {
        Assert.Equal("$.household.housing.monthly_rent: must be a number, got \"650\"",
            SingleProblem(Document(Reference, """ "housing": { "monthly_rent": "650" }, """)));
    }

    [Fact]
    public void The_household_must_be_an_object()
    {
        Assert.Equal("$.household: must be an object, got \"h1\"", SingleProblem("""{ "household": "h1" }"""));
    }

    [Fact]
    public void An_unknown_tenure_lists_the_allowed_values()
    {
        Assert.Equal("$.household.housing.tenure: \"castle\" is not one of social-rent, private-rent, owner, free, homeless, other",
            SingleProblem(Document(Reference, """ "housing": { "tenure": "castle" }, """)));
    }

    [Theory]
    [InlineData("""{ "id": "p1", "relation": "cousin" }""", "$.household.members[0].relation: \"cousin\" is not one of reference, partner, child, parent, other-relative, unrelated")]
    [InlineData("""{ "id": "p1", "relation": "reference", "residence": "mars" }""", "$.household.members[0].residence: \"mars\" is not one of belgian, eu, population-register, refugee, subsidiary-protection, stateless, other")]
    [InlineData("""{ "id": "p1", "relation": "reference", "residence": { "value": "eu", "source": "facebook" } }""", "$.household.members[0].residence.source: \"facebook\" is not one of ksz, tax, register, declared, home-visit, worker, other")]
    [InlineData("""{ "id": "p1", "relation": "reference", "incomes": [ { "kind": "lottery", "year": 2023 } ] }""", "$.household.members[0].incomes[0].kind: \"lottery\" is not one of employment, replacement, pension, self-employed, cadastral, maintenance, other")]
    [InlineData("""{ "id": "p1", "relation": "reference", "residence": 3 }""", "$.household.members[0].residence: must be one of belgian, eu, population-register, refugee, subsidiary-protection, stateless, other, got 3")]
    public void Unknown_enum_values_list_the_allowed_ones(string member, string expected)
    {
        Assert.Equal(expected, SingleProblem(Document(member)));
    }

    [Fact]
    public void An_unknown_status_code_lists_every_status()
    {
        string problem = SingleProblem(Document("""{ "id": "p1", "relation": "reference", "statuses": [ { "status": "ivt2", "since": "2020-01-01" } ] }"""));
        Assert.StartsWith("$.household.members[0].statuses[0].status: \"ivt2\" is not one of leefloon, leefloon-equivalent, igo,", problem);
        Assert.Contains("incapacity-65", problem);
        Assert.EndsWith("sociale-toeslag, schooltoeslag, huursubsidie", problem);
    }

    [Theory]
    [InlineData("2025-02-30", "\"2025-02-30\" is not a date: 2025-02 has 28 days")]
    [InlineData("2024-02-30", "\"2024-02-30\" is not a date: 2024-02 has 29 days")]
    [InlineData("2025-04-31", "\"2025-04-31\" is not a date: 2025-04 has 30 days")]
    [InlineData("2025-13-01", "\"2025-13-01\" is not a date: there is no month 13")]
    [InlineData("2025-00-10", "\"2025-00-10\" is not a date: there is no month 00")]
    [InlineData("2025-01-00", "\"2025-01-00\" is not a date: 2025-01 has 31 days")]
    [InlineData("01/03/2025", "must be a date written YYYY-MM-DD, got \"01/03/2025\"")]
    [InlineData("2025-3-1", "must be a date written YYYY-MM-DD, got \"2025-3-1\"")]
    [InlineData("2025-03-01T00:00", "must be a date written YYYY-MM-DD, got \"2025-03-01T00:00\"")]
    public void Impossible_or_misspelt_dates_are_refused(string date, string message)
    {
        Assert.Equal($"$.household.members[0].birth_date: {message}",
            SingleProblem(Document($$"""{ "id": "p1", "relation": "reference", "birth_date": "{{date}}" }""")));
    }

    [Fact]
    public void The_situation_date_is_checked_too()
    {
        Assert.Equal("$.date: \"2025-02-29\" is not a date: 2025-02 has 28 days",
            SingleProblem(Document(Reference, root: """ "date": "2025-02-29", """)));
    }

    [Fact]
    public void An_insz_whose_checksum_fails_is_refused()
    {
        Assert.Equal(
            "$.household.members[1].insz: checksum fails (expected 97 - (first 9 digits mod 97), with the 2000+ rule)",
            SingleProblem(Document(Reference + """, { "id": "p2", "relation": "child", "insz": "90010100124" }""")));
    }

    [Fact]
    public void An_insz_that_is_not_eleven_digits_is_refused()
    {
        Assert.Equal("$.household.members[0].insz: must be 11 digits, got \"90.01.01-001.23\"",
            SingleProblem(Document("""{ "id": "p1", "relation": "reference", "insz": "90.01.01-001.23" }""")));
    }

    [Fact]
    public void A_member_id_used_twice_is_refused()
    {
        Assert.Equal("$.household.members[2].id: \"p2\" is already the id of members[1]",
            SingleProblem(Document(Reference + """, { "id": "p2", "relation": "child" }, { "id": "p2", "relation": "child" }""")));
    }

    [Fact]
    public void A_partner_without_a_reference_is_refused()
    {
        var problems = Problems(Document("""{ "id": "p1", "relation": "partner" }, { "id": "p2", "relation": "child" }"""));
        Assert.Equal(
            [
                "$.household.members: no member has relation \"reference\"; exactly one must",
                "$.household.members[0].relation: \"partner\" means partner of the reference person, and no member is the reference",
            ],
            problems);
    }

    [Fact]
    public void A_household_without_a_reference_is_refused()
    {
        Assert.Equal("$.household.members: no member has relation \"reference\"; exactly one must",
            SingleProblem(Document("""{ "id": "p1", "relation": "child" }""")));
    }

    [Fact]
    public void A_second_reference_is_refused()
    {
        Assert.Equal("$.household.members[1].relation: a second \"reference\" (members[0] is one); exactly one member must be the reference",
            SingleProblem(Document(Reference + """, { "id": "p2", "relation": "reference" }""")));
    }

    [Fact]
    public void A_relation_that_cannot_be_read_does_not_also_count_as_a_missing_reference()
    {
        // "referenc" is probably the reference: one problem, not two.
        Assert.Single(Problems(Document("""{ "id": "p1", "relation": "referenc" }""")));
    }

    [Theory]
    [InlineData("""{ "date": "2025-03-01" }""", "$.household: is required")]
    [InlineData("""{ "household": null }""", "$.household: is required")]
    [InlineData("""{ "household": { "members": [ { "id": "p1", "relation": "reference" } ] } }""", "$.household.id: is required")]
    [InlineData("""{ "household": { "id": "h1" } }""", "$.household.members: is required: at least one member")]
    [InlineData("""{ "household": { "id": "h1", "members": [ { "relation": "reference" } ] } }""", "$.household.members[0].id: is required")]
    [InlineData("""{ "household": { "id": "h1", "members": [ { "id": "p1" } ] } }""", "$.household.members[0].relation: is required: one of reference, partner, child, parent, other-relative, unrelated")]
    [InlineData("""{ "household": { "id": "h1", "members": [ { "id": "p1", "relation": "reference", "statuses": [ { "since": "2020-01-01" } ] } ] } }""", "$.household.members[0].statuses[0].status: is required: one of leefloon, leefloon-equivalent, igo, gib, ivt, it, third-party-help, incapacity-65, zorgbudget-ouderen, zorgbudget-zwaar-zorgbehoevenden, zorgtoeslag, nbmv, full-orphan, vt, unemployed, incapacitated, invalid, pensioner, single-parent, widowed, debt-mediation, collective-debt-settlement, budget-management, local-reception, sociale-toeslag, schooltoeslag, huursubsidie")]
    [InlineData("""{ "household": { "id": "h1", "members": [ { "id": "p1", "relation": "reference", "statuses": [ { "status": "ivt" } ] } ] } }""", "$.household.members[0].statuses[0].since: is required: a date written YYYY-MM-DD")]
    [InlineData("""{ "household": { "id": "h1", "members": [ { "id": "p1", "relation": "reference", "incomes": [ { "year": 2023 } ] } ] } }""", "$.household.members[0].incomes[0].kind: is required: one of employment, replacement, pension, self-employed, cadastral, maintenance, other")]
    [InlineData("""{ "household": { "id": "h1", "members": [ { "id": "p1", "relation": "reference", "incomes": [ { "kind": "pension" } ] } ] } }""", "$.household.members[0].incomes[0].year: is required")]
    [InlineData("""{ "household": { "id": "", "members": [ { "id": "p1", "relation": "reference" } ] } }""", "$.household.id: must not be empty")]
    public void Missing_required_fields_are_named(string json, string expected)
    {
        Assert.Equal(expected, SingleProblem(json));
    }

    [Fact]
    public void A_household_without_members_is_refused()
    {
        Assert.Equal("$.household.members: must have at least one member", SingleProblem(Document("")));
    }

    [Theory]
    [InlineData("\"4402\"", "$.household.municipality: must be a NIS code of 5 digits, got \"4402\"")]
    [InlineData("\"44O21\"", "$.household.municipality: must be a NIS code of 5 digits, got \"44O21\"")]
    [InlineData("44021", "$.household.municipality: must be a string, got 44021")]
    [InlineData("""{ "value": "440211", "source": "register" }""", "$.household.municipality.value: must be a NIS code of 5 digits, got \"440211\"")]
    public void A_municipality_must_be_five_digits(string municipality, string expected)
    {
        Assert.Equal(expected, SingleProblem(Document(Reference, $$""" "municipality": {{municipality}}, """)));
    }

    [Theory]
    [InlineData("\"takeup.situation/v2\"", "$.contract: must be \"takeup.situation/v1\", got \"takeup.situation/v2\"")]
    [InlineData("\"takeup.result/v1\"", "$.contract: must be \"takeup.situation/v1\", got \"takeup.result/v1\"")]
    [InlineData("1", "$.contract: must be \"takeup.situation/v1\", got 1")]
    [InlineData("null", "$.contract: must be \"takeup.situation/v1\", got null")]
    public void A_contract_other_than_situation_v1_is_refused(string contract, string expected)
    {
        Assert.Equal(expected, SingleProblem(Document(Reference, root: $$""" "contract": {{contract}}, """)));
    }

    [Theory]
    [InlineData("""{ "id": "p1", "relation": "reference", "incomes": [ { "kind": "pension", "year": 2023, "gross_taxable": -5 } ] }""", "$.household.members[0].incomes[0].gross_taxable: must not be negative, got -5")]
    [InlineData("""{ "id": "p1", "relation": "reference", "incomes": [ { "kind": "pension", "year": 2023, "net_monthly": -0.01 } ] }""", "$.household.members[0].incomes[0].net_monthly: must not be negative, got -0.01")]
    public void Negative_amounts_are_refused(string member, string expected)
    {
        Assert.Equal(expected, SingleProblem(Document(member)));
    }

    [Fact]
    public void A_negative_rent_is_refused()
    {
        Assert.Equal("$.household.housing.monthly_rent.value: must not be negative, got -650",
            SingleProblem(Document(Reference, """ "housing": { "monthly_rent": { "value": -650, "source": "declared" } }, """)));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    [InlineData(-2023)]
    public void An_income_year_outside_1900_to_2200_is_refused(int year)
    {
        Assert.Equal($"$.household.members[0].incomes[0].year: must be between 1900 and 2200, got {year}",
            SingleProblem(Document($$"""{ "id": "p1", "relation": "reference", "incomes": [ { "kind": "pension", "year": {{year}} } ] }""")));
    }

    [Fact]
    public void A_status_that_ends_before_it_starts_is_refused()
    {
        Assert.Equal("$.household.members[0].statuses[0].until: 2019-12-31 is before since (2020-01-01)",
            SingleProblem(Document("""{ "id": "p1", "relation": "reference", "statuses": [ { "status": "ivt", "since": "2020-01-01", "until": "2019-12-31" } ] }""")));
    }

    [Fact]
    public void A_partner_kind_on_someone_who_is_not_a_partner_is_refused()
    {
        Assert.Equal("$.household.members[1].partner_kind: only a member with relation \"partner\" has a partner_kind; this one is \"child\"",
            SingleProblem(Document(Reference + """, { "id": "p2", "relation": "child", "partner_kind": "married" }""")));
    }

    [Fact]
    public void A_property_given_twice_is_refused()
    {
        Assert.Equal("$.household.id: is given twice",
            SingleProblem("""{ "household": { "id": "h1", "id": "h2", "members": [ { "id": "p1", "relation": "reference" } ] } }"""));
    }

    [Fact]
    public void A_fact_object_needs_a_value()
    {
        Assert.Equal("$.household.members[0].dependent.value: is required when a fact is written as an object with its source",
            SingleProblem(Document("""{ "id": "p1", "relation": "reference", "dependent": { "source": "ksz" } }""")));
    }

    [Fact]
    public void A_disability_percentage_above_100_is_refused()
    {
        Assert.Equal("$.household.members[0].disability.recognition_percent: must be at most 100, got 120",
            SingleProblem(Document("""{ "id": "p1", "relation": "reference", "disability": { "recognition_percent": 120 } }""")));
    }

    [Fact]
    public void Every_problem_is_reported_in_document_order_not_just_the_first()
    {
        var problems = Problems("""
            { "contract": "takeup.situation/v0", "date": "2025-02-30",
              "household": { "id": "h1", "municipality": "123",
                "members": [
                  { "id": "p1", "relation": "reference", "insz": "90010100124", "birth_date": "1990-13-01" },
                  { "id": "p1", "relation": "partner", "partner_kind": "friends",
                    "incomes": [ { "kind": "employment", "year": 1800, "gross_taxable": -1 } ] } ] } }
            """);
        Assert.Equal(
            [
                "$.contract: must be \"takeup.situation/v1\", got \"takeup.situation/v0\"",
                "$.date: \"2025-02-30\" is not a date: 2025-02 has 28 days",
                "$.household.municipality: must be a NIS code of 5 digits, got \"123\"",
                "$.household.members[0].insz: checksum fails (expected 97 - (first 9 digits mod 97), with the 2000+ rule)",
                "$.household.members[0].birth_date: \"1990-13-01\" is not a date: there is no month 13",
                "$.household.members[1].partner_kind: \"friends\" is not one of married, legal-cohabitant, de-facto",
                "$.household.members[1].incomes[0].year: must be between 1900 and 2200, got 1800",
                "$.household.members[1].incomes[0].gross_taxable: must not be negative, got -1",
                "$.household.members[1].id: \"p1\" is already the id of members[0]",
            ],
            problems);
    }

    [Fact]
    public void Properties_the_contract_does_not_know_are_allowed()
    {
        var result = SituationReader.Read("""
            { "contract": "takeup.situation/v1", "source_system": "x",
              "household": { "id": "h1", "note": "extra", "housing": { "floor": 3 },
                "members": [ { "id": "p1", "relation": "reference", "nickname": "synthetic",
                  "dependent": { "value": false, "source": "ksz", "confidence": 0.9 },
                  "statuses": [ { "status": "ivt", "since": "2020-01-01", "reference": "abc" } ] } ] } }
            """);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }
}
