using TakeUp.Synthetic.Randomness;

namespace TakeUp.Synthetic.Generation;

/// <summary>
/// Hands out national register numbers (and BIS numbers) that are valid, consistent with the birth date and
/// the sex, and unique within one generated population.
/// Format YYMMDD SSS CC: SSS is odd for men and even for women; CC = 97 − (YYMMDDSSS mod 97), with a leading
/// 2 before the nine digits for people born in 2000 or later. A BIS number for a person whose sex is known
/// adds 40 to the month. Serials 001–997 are used (499 for men, 498 for women, per day and kind).
/// Uniqueness needs state across households: for every (birth day, sex, kind) a counter k is mapped to a
/// serial by a fixed permutation that depends on the seed, so serials look scattered, never repeat, and are
/// the same on every run. A full day (more than 499 people of one sex born on it, a population of tens of
/// millions) moves the birth date to the next day of the same age year.
/// </summary>
internal sealed class InszAllocator
{
    // 263 is prime and divides neither 499 (a prime) nor 498 = 2·3·83, so k ↦ (263k + offset) mod n is a permutation.
    private const int Stride = 263;
    private const int MaxAgeYears = 125;

    private readonly ulong _seed;
    private readonly int _firstDay;
    private readonly ushort[] _used;

    public InszAllocator(DateOnly referenceDate, ulong seed)
    {
        _seed = seed;
        _firstDay = referenceDate.AddYears(-MaxAgeYears).DayNumber;
        int days = referenceDate.DayNumber - _firstDay + 1;
        _used = new ushort[days * 4];
    }

    /// <summary>
    /// A new number for a person born on <paramref name="birthDate"/>. When that day is full the birth date
    /// moves forward inside [<paramref name="earliest"/>, <paramref name="latest"/>] (the same completed age).
    /// </summary>
    public string Allocate(ref DateOnly birthDate, DateOnly earliest, DateOnly latest, bool female, bool bis)
    {
        int span = latest.DayNumber - earliest.DayNumber + 1;
        int start = birthDate.DayNumber - earliest.DayNumber;
        int capacity = female ? 498 : 499;
        for (int step = 0; step < span; step++)
        {
            var day = earliest.AddDays((start + step) % span);
            int slot = ((day.DayNumber - _firstDay) * 4) + (female ? 1 : 0) + (bis ? 2 : 0);
            int k = _used[slot];
            if (k >= capacity) continue;
            _used[slot] = (ushort)(k + 1);
            int offset = (int)(SplitMix64.Mix(_seed ^ ((ulong)slot * 0x9E3779B97F4A7C15)) % (ulong)capacity);
            int index = (int)(((long)k * Stride + offset) % capacity);
            int serial = female ? 2 * index + 2 : 2 * index + 1;
            birthDate = day;
            return Format(day, serial, bis);
        }
        throw new InvalidOperationException(
            "More people of one sex and age than INSZ serial numbers allow (499 per birth day): ask for fewer persons.");
    }

    private static string Format(DateOnly birthDate, int serial, bool bis)
    {
        int month = birthDate.Month + (bis ? 40 : 0);
        long nine = (birthDate.Year % 100) * 10_000_000L + month * 100_000L + birthDate.Day * 1_000L + serial;
        long basis = birthDate.Year >= 2000 ? 2_000_000_000L + nine : nine;
        int check = 97 - (int)(basis % 97);
        long all = nine * 100 + check;
        Span<char> digits = stackalloc char[11];
        for (int i = 10; i >= 0; i--)
        {
            digits[i] = (char)('0' + (int)(all % 10));
            all /= 10;
        }
        return new string(digits);
    }
}
