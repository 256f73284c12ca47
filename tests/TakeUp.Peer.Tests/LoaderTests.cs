namespace TakeUp.Peer.Tests;

/// <summary>The loader refuses malformed files with the file, the line and the field.</summary>
public class LoaderTests
{
    private const string Persons = "person_id,household_id,role,birth_date,taxable_income,leefloon,igo,debt_mediation";
    private const string Households = "household_id,heating_type";

    private static PeerData Load(string persons, string households)
    {
        string folder = Peer.TempFolder();
        File.WriteAllText(Path.Combine(folder, "persons.csv"), persons);
        File.WriteAllText(Path.Combine(folder, "households.csv"), households);
        return PeerFiles.Load(Path.Combine(folder, "persons.csv"), Path.Combine(folder, "households.csv"), PeerLaw.Date);
    }

    private static PeerFormatException Refused(string persons, string households) =>
        Assert.Throws<PeerFormatException>(() => Load(persons, households));

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    private static readonly string GoodHouseholds = Lines(Households, "h1,heating_oil", "h2,natural_gas");

    [Fact]
    public void Reads_a_small_pair_of_files_with_and_without_a_last_line_feed_and_with_crlf()
    {
        var persons = Lines(Persons, "p1,h1,adult,1980-02-29,20000,0,1,0", "p2,h1,child,2010-05-01,0,0,0,0", "p3,h2,adult,1950-12-31,1,1,0,1");
        foreach (var (p, h) in new[] { (persons, GoodHouseholds), (persons.TrimEnd('\n'), GoodHouseholds.TrimEnd('\n')), (persons.Replace("\n", "\r\n"), GoodHouseholds.Replace("\n", "\r\n")) })
        {
            var data = Load(p, h);
            Assert.Equal(3, data.Persons);
            Assert.Equal(2, data.Households);
            Assert.Equal(new[] { "h1", "h2" }, data.Population.HouseholdIdList);
            Assert.Equal(new[] { "p1", "p2", "p3" }, data.Population.MemberIdList);
            var hand = Peer.Hand(data);
            Assert.Equal(new[] { 43, 13, 73 }, hand.Age);
            Assert.Equal(new byte[] { 1, 1 }, hand.Vt);
            Assert.Equal(new byte[] { 1, 1 }, hand.SocialEnergyTariff);
            Assert.Equal(new byte[] { 1, 0 }, hand.HeatingAllowance);
            Assert.Equal(new byte[] { 1, 1, 1 }, hand.UitpasReduced);
            var engine = Peer.Engine(data).Compare(hand, data.Population);
            Assert.True(engine.Equal, engine.ToString());
        }
    }

    [Theory]
    [InlineData("p1,h1,adult,1980-02-30,0,0,0,0", 2, "birth_date", "'1980-02-30' is not a date YYYY-MM-DD")]
    [InlineData("p1,h1,adult,80-02-03,0,0,0,0", 2, "birth_date", "is not a date")]
    [InlineData("p1,h1,grown-up,1980-02-03,0,0,0,0", 2, "role", "'grown-up' is neither adult nor child")]
    [InlineData("p1,h1,adult,1980-02-03,-5,0,0,0", 2, "taxable_income", "'-5' is not a whole number")]
    [InlineData("p1,h1,adult,1980-02-03,12.5,0,0,0", 2, "taxable_income", "'12.5' is not a whole number")]
    [InlineData("p1,h1,adult,1980-02-03,,0,0,0", 2, "taxable_income", "'' is not a whole number")]
    [InlineData("p1,h1,adult,1980-02-03,0,2,0,0", 2, "leefloon", "'2' is not 0 or 1")]
    [InlineData("p1,h1,adult,1980-02-03,0,0,yes,0", 2, "igo", "'yes' is not 0 or 1")]
    [InlineData("p1,h1,adult,1980-02-03,0,0,0,", 2, "debt_mediation", "'' is not 0 or 1")]
    [InlineData(",h1,adult,1980-02-03,0,0,0,0", 2, "person_id", "empty")]
    public void Refuses_a_bad_person_field(string row, int line, string field, string problem)
    {
        var e = Refused(Lines(Persons, row, "p2,h2,adult,1980-01-01,0,0,0,0"), GoodHouseholds);
        Assert.Equal((line, field), (e.Line, e.Field));
        Assert.EndsWith("persons.csv", e.File, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{e.File} line {line}, field {field}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_wrong_number_of_fields()
    {
        var e = Refused(Lines(Persons, "p1,h1,adult,1980-02-03,0,0,0,0", "p2,h2,adult,1980-02-03,0,0,0"), GoodHouseholds);
        Assert.Equal((3, null), (e.Line, e.Field));
        Assert.Contains("7 fields where the header has 8", e.Message, StringComparison.Ordinal);
        var more = Refused(Lines(Persons, "p1,h1,adult,1980-02-03,0,0,0,0", "p2,h2,adult,1980-02-03,0,0,0,0,9"), GoodHouseholds);
        Assert.Contains("9 fields where the header has 8", more.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_unknown_heating_type_and_a_bad_expected_column()
    {
        var e = Refused(Lines(Persons, "p1,h1,adult,1980-02-03,0,0,0,0", "p2,h2,adult,1980-02-03,0,0,0,0"), Lines(Households, "h1,heating_oil", "h2,coal"));
        Assert.Equal((3, "heating_type"), (e.Line, e.Field));
        Assert.EndsWith("households.csv", e.File, StringComparison.Ordinal);
        Assert.Contains("'coal' is not one of natural_gas, electricity, heating_oil", e.Message, StringComparison.Ordinal);

        var x = Refused(Lines(Persons, "p1,h1,adult,1980-02-03,0,0,0,0", "p2,h2,adult,1980-02-03,0,0,0,0"),
            Lines(Households + ",vt,social_energy_tariff,heating_allowance", "h1,heating_oil,1,1,1", "h2,electricity,1,x,0"));
        Assert.Equal((3, "social_energy_tariff"), (x.Line, x.Field));
    }

    [Fact]
    public void Refuses_a_header_it_does_not_know()
    {
        var e = Refused(Lines("person_id,household,role,birth_date,taxable_income,leefloon,igo,debt_mediation", "p1,h1,adult,1980-02-03,0,0,0,0"), Lines(Households, "h1,heating_oil"));
        Assert.Equal((1, null), (e.Line, e.Field));
        Assert.Contains("the header must be 'person_id,household_id,", e.Message, StringComparison.Ordinal);
        Assert.Contains("found 'person_id,household,role", e.Message, StringComparison.Ordinal);
        Assert.Contains("is empty", Refused("", Lines(Households)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_persons_out_of_household_order()
    {
        var e = Refused(Lines(Persons, "p1,h2,adult,1980-02-03,0,0,0,0", "p2,h1,adult,1980-02-03,0,0,0,0"), GoodHouseholds);
        Assert.Equal((2, "household_id"), (e.Line, e.Field));
        Assert.Contains("'h2' is not the next household of households.csv, 'h1' (line 2)", e.Message, StringComparison.Ordinal);

        var back = Refused(Lines(Persons, "p1,h1,adult,1980-02-03,0,0,0,0", "p2,h2,adult,1980-02-03,0,0,0,0", "p3,h1,adult,1980-02-03,0,0,0,0"), Lines(Households, "h1,heating_oil", "h2,natural_gas", "h3,natural_gas"));
        Assert.Equal((4, "household_id"), (back.Line, back.Field));

        var unknown = Refused(Lines(Persons, "p1,h1,adult,1980-02-03,0,0,0,0", "p2,h2,adult,1980-02-03,0,0,0,0", "p3,h9,adult,1980-02-03,0,0,0,0"), GoodHouseholds);
        Assert.Equal((4, "household_id"), (unknown.Line, unknown.Field));
        Assert.Contains("'h9' is not in households.csv after household 'h2'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_household_without_persons()
    {
        var e = Refused(Lines(Persons, "p1,h1,adult,1980-02-03,0,0,0,0", "p2,h1,adult,1980-02-03,0,0,0,0"), Lines(Households, "h1,heating_oil", "h2,natural_gas"));
        Assert.Equal((3, "household_id"), (e.Line, e.Field));
        Assert.EndsWith("households.csv", e.File, StringComparison.Ordinal);
        Assert.Contains("household 'h2' has no persons in persons.csv", e.Message, StringComparison.Ordinal);

        var more = Refused(Lines(Persons, "p1,h1,adult,1980-02-03,0,0,0,0"), GoodHouseholds);
        Assert.Contains("2 households for 1 persons", more.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_empty_line()
    {
        var e = Refused(Lines(Persons, "p1,h1,adult,1980-02-03,0,0,0,0", "", "p2,h2,adult,1980-02-03,0,0,0,0"), GoodHouseholds);
        Assert.Equal(3, e.Line);
        Assert.Contains("empty line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_file_it_cannot_read()
    {
        var e = Assert.Throws<PeerFormatException>(() => PeerFiles.Load("/nonexistent/persons.csv", "/nonexistent/households.csv", PeerLaw.Date));
        Assert.Equal("/nonexistent/persons.csv", e.File);
        Assert.Contains("cannot be read", e.Message, StringComparison.Ordinal);
    }
}
