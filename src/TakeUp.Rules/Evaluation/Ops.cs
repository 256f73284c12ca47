using System.Runtime.CompilerServices;
using static TakeUp.Rules.Evaluation.Value;

namespace TakeUp.Rules.Evaluation;

/// <summary>
/// The operations of the language on encoded values (see Value), shared by both evaluators. Logic is
/// Kleene's: a decisive false (for and) or true (for or) wins over unknown; everything else with an
/// unknown operand is unknown.
/// </summary>
internal static class Ops
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long And(long a, long b) => a == False || b == False ? False : a == Unknown || b == Unknown ? Unknown : True;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Or(long a, long b) => a == True || b == True ? True : a == Unknown || b == Unknown ? Unknown : False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Not(long a) => a == Unknown ? Unknown : 1 - a;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Negate(long a) => a == Unknown ? Unknown : -a;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Add(long a, long b) => a == Unknown || b == Unknown ? Unknown : a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Subtract(long a, long b) => a == Unknown || b == Unknown ? Unknown : a - b;

    public static long Multiply(long a, long b)
    {
        if (a == Unknown || b == Unknown) return Unknown;
        // Amounts and counts are far below 3e9 in fixed point (300,000 euro), so the product fits a long; the
        // wide path is kept for anything larger.
        const long Small = 3_000_000_000;
        if (a < Small && a > -Small && b < Small && b > -Small)
        {
            long product = a * b;
            long quotient = product / Scale, remainder = product % Scale;
            if (remainder * 2 >= Scale) quotient++;
            else if (remainder * 2 <= -Scale) quotient--;
            return quotient;
        }
        return RoundedDivide((Int128)a * b, Scale);
    }

    /// <summary>Division by zero is unknown rather than an error: the law never divides by a count that can be zero on purpose.</summary>
    public static long Divide(long a, long b)
    {
        if (a == Unknown || b == Unknown || b == 0) return Unknown;
        return RoundedDivide((Int128)a * Scale, b);
    }

    /// <summary>Rounds half away from zero, as amounts in euro are rounded.</summary>
    private static long RoundedDivide(Int128 numerator, Int128 denominator)
    {
        if (denominator < 0) { numerator = -numerator; denominator = -denominator; }
        Int128 quotient = Int128.DivRem(numerator, denominator).Quotient;
        Int128 remainder = numerator - quotient * denominator;
        if (remainder * 2 >= denominator) quotient++;
        else if (remainder * 2 <= -denominator) quotient--;
        return (long)quotient;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Compare(Binding.Nodes.BinaryOperator op, long a, long b)
    {
        if (a == Unknown || b == Unknown) return Unknown;
        bool result = op switch
        {
            Binding.Nodes.BinaryOperator.Equal => a == b,
            Binding.Nodes.BinaryOperator.NotEqual => a != b,
            Binding.Nodes.BinaryOperator.Less => a < b,
            Binding.Nodes.BinaryOperator.LessOrEqual => a <= b,
            Binding.Nodes.BinaryOperator.Greater => a > b,
            _ => a >= b,
        };
        return result ? True : False;
    }

    public static long Round(long value, long digits)
    {
        if (value == Unknown || digits == Unknown) return Unknown;
        int places = (int)(digits / Scale);
        if (places >= 4) return value;
        long unit = places <= 0 ? Scale : Scale / Pow10(places);
        return RoundedDivide(value, unit) * unit;
    }

    private static long Pow10(int n)
    {
        long r = 1;
        for (int i = 0; i < n; i++) r *= 10;
        return r;
    }

    /// <summary>Completed years between a birth date and a date; someone born on 29 February turns a year older on 1 March in other years.</summary>
    public static long Age(long birth, long on)
    {
        if (birth == Unknown || on == Unknown) return Unknown;
        var b = ToDate(birth);
        var d = ToDate(on);
        int years = d.Year - b.Year;
        if (d.Month < b.Month || (d.Month == b.Month && d.Day < b.Day)) years--;
        return Number(years);
    }

    public static long Year(long date) => date == Unknown ? Unknown : Number(ToDate(date).Year);

    public static long Month(long date) => date == Unknown ? Unknown : Number(ToDate(date).Month);

    public static long StartOfYear(long date) => date == Unknown ? Unknown : Date(new DateOnly(ToDate(date).Year, 1, 1));

    public static long AddMonths(long date, long months)
    {
        if (date == Unknown || months == Unknown) return Unknown;
        return Date(ToDate(date).AddMonths((int)(months / Scale)));
    }

    public static long DaysBetween(long from, long to) => from == Unknown || to == Unknown ? Unknown : Number((int)(to - from));

    /// <summary>date(y, m, d); an impossible date (2025-02-30) is unknown rather than an error.</summary>
    public static long MakeDate(long year, long month, long day)
    {
        if (year == Unknown || month == Unknown || day == Unknown) return Unknown;
        int y = (int)(year / Scale), m = (int)(month / Scale), d = (int)(day / Scale);
        if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return Unknown;
        return Date(new DateOnly(y, m, d));
    }

    public static long Min(long a, long b) => a == Unknown || b == Unknown ? Unknown : Math.Min(a, b);

    public static long Max(long a, long b) => a == Unknown || b == Unknown ? Unknown : Math.Max(a, b);

    /// <summary>The first day of the month that lies the given number of full months before the date's month.</summary>
    public static int HeldSince(int date, int months)
    {
        var d = DateOnly.FromDayNumber(date);
        return new DateOnly(d.Year, d.Month, 1).AddMonths(-months).DayNumber;
    }

    /// <summary>A built-in function on already evaluated arguments (absent ones are unused).</summary>
    public static long Call(Binding.Nodes.BuiltIn function, long a0, long a1 = Unknown, long a2 = Unknown) => function switch
    {
        Binding.Nodes.BuiltIn.Year => Year(a0),
        Binding.Nodes.BuiltIn.Month => Month(a0),
        Binding.Nodes.BuiltIn.StartOfYear => StartOfYear(a0),
        Binding.Nodes.BuiltIn.MakeDate => MakeDate(a0, a1, a2),
        Binding.Nodes.BuiltIn.AddMonths => AddMonths(a0, a1),
        Binding.Nodes.BuiltIn.DaysBetween => DaysBetween(a0, a1),
        Binding.Nodes.BuiltIn.Min => Min(a0, a1),
        Binding.Nodes.BuiltIn.Max => Max(a0, a1),
        _ => Round(a0, a1),
    };

    /// <summary>Arithmetic and comparison (not and/or, whose doubts need the operands' roles).</summary>
    public static long Binary(Binding.Nodes.BinaryOperator op, long left, long right) => op switch
    {
        Binding.Nodes.BinaryOperator.Add => Add(left, right),
        Binding.Nodes.BinaryOperator.Subtract => Subtract(left, right),
        Binding.Nodes.BinaryOperator.Multiply => Multiply(left, right),
        Binding.Nodes.BinaryOperator.Divide => Divide(left, right),
        _ => Compare(op, left, right),
    };
}
