using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TakeUp.Contract.Situations;

/// <summary>The contract's dates: exactly YYYY-MM-DD, and a day that exists.</summary>
public static class ContractDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date, [NotNullWhen(false)] out string? problem)
    {
        date = default;
        if (!HasDateShape(text))
        {
            problem = $"must be a date written YYYY-MM-DD, got \"{text}\"";
            return false;
        }

        int year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        int month = int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture);
        int day = int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture);
        if (year < 1)
            problem = $"\"{text}\" is not a date: there is no year 0";
        else if (month is < 1 or > 12)
            problem = $"\"{text}\" is not a date: there is no month {month:00}";
        else if (day < 1 || day > DateTime.DaysInMonth(year, month))
            problem = $"\"{text}\" is not a date: {year:0000}-{month:00} has {DateTime.DaysInMonth(year, month)} days";
        else
        {
            date = new DateOnly(year, month, day);
            problem = null;
            return true;
        }
        return false;
    }

    private static bool HasDateShape(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
        && text.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') is false
        && text.AsSpan(5, 2).ContainsAnyExceptInRange('0', '9') is false
        && text.AsSpan(8, 2).ContainsAnyExceptInRange('0', '9') is false;
}
