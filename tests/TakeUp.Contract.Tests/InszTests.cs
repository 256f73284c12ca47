using TakeUp.Contract.Situations;

namespace TakeUp.Contract.Tests;

public class InszTests
{
    [Theory]
    [InlineData("61041200175")] // the contract's own example, born 1961
    [InlineData("90010100123")] // born 1990-01-01
    [InlineData("05061512388")] // born 2005-06-15: the check digits are computed over 2050615123
    [InlineData("17122200301")] // born 2017-12-22, check digits 01 only with the 2000+ rule
    [InlineData("17122200369")] // born 1917-12-22: same nine digits, the other century
    [InlineData("90210104522")] // BIS number, month + 20
    [InlineData("90410104664")] // BIS number, month + 40
    [InlineData("85000010729")] // month and day unknown: 00
    [InlineData("69000100952")] // month unknown, day known
    public void Valid_numbers_pass(string number)
    {
        Assert.Null(Insz.Problem(number));
        Assert.True(Insz.IsValid(number));
    }

    [Theory]
    [InlineData("90010100124")] // last digit off by one
    [InlineData("05061512387")] // 2000+ number with one check digit off
    [InlineData("61041200176")]
    [InlineData("17122200370")] // neither 69 (born 1917) nor 01 (born 2017)
    public void A_wrong_check_number_fails_the_checksum(string number)
    {
        Assert.Equal(Insz.ChecksumProblem, Insz.Problem(number));
        Assert.False(Insz.IsValid(number));
    }

    [Theory]
    [InlineData("9001010012")]
    [InlineData("900101001234")]
    [InlineData("90.01.01-001.23")]
    [InlineData("9001010012a")]
    [InlineData("")]
    public void Anything_but_eleven_digits_is_refused(string text)
    {
        Assert.Equal($"must be 11 digits, got \"{text}\"", Insz.Problem(text));
    }

    [Fact]
    public void A_birth_date_that_does_not_exist_is_refused_even_with_a_good_checksum()
    {
        // 1985-02-30, check digits 24 are right for 850230002.
        Assert.Equal("day 30 does not exist in month 02 of 1985", Insz.Problem("85023000224"));
    }

    [Fact]
    public void A_month_beyond_the_bis_ranges_is_refused()
    {
        // Month 13 with correct check digits: 97 - (901301001 mod 97).
        string number = "901301001" + (97 - 901301001L % 97).ToString("00");
        Assert.StartsWith("month 13 is not a month", Insz.Problem(number));
    }
}
