using System.Globalization;
using System.Text.Unicode;
using TakeUp.Synthetic.Randomness;

namespace TakeUp.Peer;

/// <summary>
/// Writes persons.csv and households.csv to the distribution of shared/bench/README.md, deterministically from a
/// seed (without expected columns: those are what implementations compute).
/// Choices the README leaves open, made here:
/// - Each household draws from its own random stream (xoshiro256** seeded from (seed, household number), as
///   TakeUp.Synthetic does), so household i is the same whatever the size asked: a smaller population is a
///   prefix of a larger one, apart from its last household, which is cut to give exactly the persons asked.
/// - Per household, in this order: size, heating type, then per member: role (the second member is an adult
///   with probability 0.75), age, birth date, income, leefloon, igo, debt_mediation.
/// - Ages are completed years on the period start (2024-01-01), a whole number uniform in 18–90 for adults and
///   0–24 for children; the birth date is uniform over the days that give that age on the period start.
/// - Incomes are rounded to whole euros (half away from zero); a lognormal draw is median × e^(σ·z).
/// - Ids are 0, 1, 2… for persons and households, in file order.
/// </summary>
public static class PeerGenerator
{
    private static readonly WeightedTable<int> Sizes = new((1, 0.36), (2, 0.33), (3, 0.14), (4, 0.11), (5, 0.045), (6, 0.015));

    private static readonly WeightedTable<int> Heating = new(
        (0, 0.47), (1, 0.18), (2, 0.10), (3, 0.10), (4, 0.08), (5, 0.07));

    public const double SecondAdult = 0.75, AdultNoIncome = 0.12, ChildIncome = 0.10;
    public const double Leefloon = 0.05, Igo = 0.03, DebtMediation = 0.02;

    /// <summary>Writes both files into <paramref name="folder"/> (created if needed); returns the number of households.</summary>
    public static int Write(string folder, int persons, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(persons);
        Directory.CreateDirectory(folder);
        using var personsFile = new Utf8Lines(Path.Combine(folder, "persons.csv"));
        using var householdsFile = new Utf8Lines(Path.Combine(folder, "households.csv"));
        var invariant = CultureInfo.InvariantCulture;
        personsFile.Advance(Utf8.TryWrite(personsFile.Free(), invariant, $"{string.Join(',', PeerFiles.PersonColumns)}\n", out int n) ? n : -1);
        householdsFile.Advance(Utf8.TryWrite(householdsFile.Free(), invariant, $"{string.Join(',', PeerFiles.HouseholdColumns)}\n", out n) ? n : -1);
        var start = PeerLaw.Date;
        int person = 0, household = 0;
        while (person < persons)
        {
            var rng = Xoshiro256StarStar.ForStream(seed, (ulong)household);
            int size = Math.Min(Sizes.Pick(ref rng), persons - person);
            int heating = Heating.Pick(ref rng);
            householdsFile.Advance(Utf8.TryWrite(householdsFile.Free(), invariant, $"{household},{PeerLaw.HeatingTypes[heating]}\n", out n) ? n : -1);
            for (int m = 0; m < size; m++)
            {
                bool adult = m == 0 || (m == 1 && rng.Chance(SecondAdult));
                int age = adult ? rng.NextInt(18, 90) : rng.NextInt(0, 24);
                // Born after (start - (age + 1) years) and on or before (start - age years).
                int latest = start.AddYears(-age).DayNumber, earliest = start.AddYears(-age - 1).DayNumber + 1;
                var born = DateOnly.FromDayNumber(earliest + rng.NextInt(latest - earliest + 1));
                long income = adult
                    ? (rng.Chance(AdultNoIncome) ? 0 : Euros(rng.NextLogNormal(30_000, 0.7)))
                    : (rng.Chance(ChildIncome) ? Euros(rng.NextLogNormal(6_000, 0.8)) : 0);
                int leefloon = rng.Chance(Leefloon) ? 1 : 0, igo = rng.Chance(Igo) ? 1 : 0, debt = rng.Chance(DebtMediation) ? 1 : 0;
                personsFile.Advance(Utf8.TryWrite(personsFile.Free(), invariant,
                    $"{person},{household},{(adult ? "adult" : "child")},{born:yyyy-MM-dd},{income},{leefloon},{igo},{debt}\n", out n) ? n : -1);
                person++;
            }
            household++;
        }
        return household;
    }

    private static long Euros(double amount) => (long)Math.Round(amount, MidpointRounding.AwayFromZero);

    /// <summary>A file written from a one-megabyte buffer that lines are formatted into (no string per line).</summary>
    private sealed class Utf8Lines(string path) : IDisposable
    {
        private const int LongestLine = 512;
        private readonly FileStream _file = new(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        private readonly byte[] _buffer = new byte[1 << 20];
        private int _used;

        /// <summary>Room for one more line.</summary>
        public Span<byte> Free()
        {
            if (_buffer.Length - _used < LongestLine) Flush();
            return _buffer.AsSpan(_used, LongestLine);
        }

        public void Advance(int written) =>
            _used += written >= 0 ? written : throw new InvalidOperationException($"a line longer than {LongestLine} bytes");

        private void Flush()
        {
            _file.Write(_buffer, 0, _used);
            _used = 0;
        }

        public void Dispose()
        {
            Flush();
            _file.Dispose();
        }
    }
}
