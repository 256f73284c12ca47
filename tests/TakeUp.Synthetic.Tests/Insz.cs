namespace TakeUp.Synthetic.Tests;

/// <summary>
/// An independent reading of the national register number rule (facts sheet, last section): YYMMDD SSS CC,
/// CC = 97 − (first nine digits mod 97), with "2" put before the nine digits for people born in 2000 or later.
/// Written from the rule, not from the generator.
/// </summary>
internal static class Insz
{
    public static bool HasValidChecksum(string insz, out bool bornFrom2000)
    {
        bornFrom2000 = false;
        if (insz.Length != 11 || !insz.All(char.IsAsciiDigit)) return false;
        long first9 = long.Parse(insz[..9]);
        int check = int.Parse(insz[9..]);
        if (97 - first9 % 97 == check) return true;
        bornFrom2000 = true;
        return 97 - long.Parse("2" + insz[..9]) % 97 == check;
    }

    /// <summary>True when the number's date part is the birth date (month + 40 for a BIS number with known sex).</summary>
    public static bool MatchesBirthDate(string insz, DateOnly birth)
    {
        int yy = int.Parse(insz[..2]), mm = int.Parse(insz[2..4]), dd = int.Parse(insz[4..6]);
        if (mm > 40) mm -= 40;
        return yy == birth.Year % 100 && mm == birth.Month && dd == birth.Day;
    }

    public static int Serial(string insz) => int.Parse(insz[6..9]);
}
