namespace TakeUp.Contract.Situations;

/// <summary>
/// The Belgian national register number (INSZ/NISS) and the BIS number: 11 digits YYMMDDSSSCC.
/// CC is 97 − (YYMMDDSSS mod 97); for people born in 2000 or later the same sum is made with a '2' in
/// front of the nine digits. A BIS number adds 20 or 40 to the month. Month and day are 00 when the
/// birth date is not (fully) known, which happens for both kinds of number.
/// </summary>
public static class Insz
{
    public const string ChecksumProblem = "checksum fails (expected 97 - (first 9 digits mod 97), with the 2000+ rule)";

    public static bool IsValid(string text) => Problem(text) is null;

    /// <summary>What is wrong with the number, or null when it is valid.</summary>
    public static string? Problem(string text)
    {
        if (text.Length != 11 || !text.All(char.IsAsciiDigit))
            return $"must be 11 digits, got \"{text}\"";

        long firstNine = long.Parse(text.AsSpan(0, 9), provider: System.Globalization.CultureInfo.InvariantCulture);
        int check = int.Parse(text.AsSpan(9, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        int? century = check == CheckDigits(firstNine) ? 1900
            : check == CheckDigits(2_000_000_000 + firstNine) ? 2000
            : null;
        if (century is null)
            return ChecksumProblem;

        return BirthDateProblem(text, century.Value);
    }

    private static int CheckDigits(long number) => 97 - (int)(number % 97);

    private static string? BirthDateProblem(string text, int century)
    {
        int year = century + int.Parse(text.AsSpan(0, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        int encodedMonth = int.Parse(text.AsSpan(2, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        int day = int.Parse(text.AsSpan(4, 2), provider: System.Globalization.CultureInfo.InvariantCulture);

        // A BIS number adds 20 (sex unknown at registration) or 40 (sex known) to the month.
        int month = encodedMonth >= 40 ? encodedMonth - 40 : encodedMonth >= 20 ? encodedMonth - 20 : encodedMonth;
        if (month > 12)
            return $"month {encodedMonth:00} is not a month (01-12, +20 or +40 for a BIS number, 00 when unknown)";
        if (day > 31 || (month > 0 && day > DateTime.DaysInMonth(year, month)))
            return $"day {day:00} does not exist in month {month:00} of {year}";
        return null;
    }
}
