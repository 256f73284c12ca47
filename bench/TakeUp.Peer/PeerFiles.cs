using System.Text;
using TakeUp.Rules.Facts;
using TakeUp.Rules.Populations;

namespace TakeUp.Peer;

/// <summary>A problem in a population file, with the file, line (1 is the header; 0 when not at one line) and field.</summary>
public sealed class PeerFormatException(string file, int line, string? field, string problem)
    : Exception($"{file}{(line > 0 ? $" line {line}" : "")}{(field is null ? "" : $", field {field}")}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string? Field { get; } = field;
}

/// <summary>A loaded pair of files: the engine's columns and the expected outputs the files carry (if any).</summary>
public sealed record PeerData(Population Population, PeerExpected Expected)
{
    public int Persons => Population.PersonCount;
    public int Households => Population.HouseholdCount;
}

/// <summary>
/// Reads the peer benchmark's persons.csv and households.csv (shared/bench/README.md) straight into the engine's
/// columns through <see cref="PopulationBuilder"/>: a first pass counts the lines (so every column is allocated
/// once at its size), the second reads both files in step, a buffer at a time, without a string per field.
/// Everything is validated; the first problem stops the load with the file, line and field.
/// Persons must come grouped by household, households in the order of households.csv, each with at least one person.
/// How rows become facts: the first person of a household is its reference person, later adults its partners,
/// children children; leefloon, igo and debt_mediation are statuses held since ever; a taxable income above 0 is
/// an employment income of <see cref="PeerLaw.IncomeYear"/> (0 is an empty, known income list: no income);
/// the heating type becomes the contract's heating fuel (<see cref="PeerLaw.Fuels"/>).
/// </summary>
public static class PeerFiles
{
    public static readonly string[] PersonColumns =
        ["person_id", "household_id", "role", "birth_date", "taxable_income", "leefloon", "igo", "debt_mediation"];
    public static readonly string[] PersonExpectedColumns = ["age", "uitpas_reduced"];
    public static readonly string[] HouseholdColumns = ["household_id", "heating_type"];
    public static readonly string[] HouseholdExpectedColumns = ["vt", "social_energy_tariff", "heating_allowance"];

    /// <summary>Whole euros above this are refused: sums stay far from the engine's fixed-point range.</summary>
    public const long MaxIncome = 999_999_999_999;

    /// <summary>Reads and validates both files into the engine's columns, and finishes the population.</summary>
    public static PeerData Load(string personsPath, string householdsPath, DateOnly date) =>
        ReadInto(personsPath, householdsPath, date).Build();

    /// <summary>
    /// Reads and validates both files into the engine's columns; <see cref="Read.Build"/> then finishes the
    /// population (two steps so that a benchmark can time them apart).
    /// </summary>
    public static Read ReadInto(string personsPath, string householdsPath, DateOnly date)
    {
        int persons = CountRows(personsPath), households = CountRows(householdsPath);
        if (households > persons)
            throw new PeerFormatException(householdsPath, 0, null, $"{households:N0} households for {persons:N0} persons in {personsPath}: some household has no persons");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // At most one income per person; statuses are rare (about one person in ten), the list grows if not.
        var builder = new PopulationBuilder(households, persons, statusCapacity: persons / 8, incomeCapacity: persons);
        double allocation = clock.Elapsed.TotalSeconds;
        using var personLines = new LineReader(personsPath);
        using var householdLines = new LineReader(householdsPath);
        var expected = new Loader(builder, personLines, householdLines, persons, households, PeerLaw.IncomeYear(date)).Run();
        return new Read(builder, expected, allocation);
    }

    /// <summary>Files read into a builder; AllocationSeconds is the part of the read spent allocating the columns.</summary>
    public sealed class Read(PopulationBuilder builder, PeerExpected expected, double allocationSeconds)
    {
        public double AllocationSeconds { get; } = allocationSeconds;

        public PeerData Build() => new(builder.Build(), expected);
    }

    /// <summary>Data rows of a file: its lines less the header (a last line without a line feed counts).</summary>
    internal static int CountRows(string path)
    {
        using var stream = Open(path, 1);
        var buffer = new byte[1 << 20];
        long lines = 0;
        int n;
        byte last = (byte)'\n';
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, n).Count((byte)'\n');
            last = buffer[n - 1];
        }
        if (last != (byte)'\n') lines++;
        if (lines == 0) throw new PeerFormatException(path, 1, null, "the file is empty: a header line is expected");
        if (lines - 1 > int.MaxValue / 2) throw new PeerFormatException(path, 0, null, "too many rows");
        return (int)(lines - 1);
    }

    internal static FileStream Open(string path, int bufferSize)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PeerFormatException(path, 0, null, $"cannot be read: {e.Message}");
        }
    }

    private sealed class Loader(PopulationBuilder builder, LineReader personLines, LineReader householdLines, int persons, int households, int incomeYear)
    {
        private readonly byte[] _householdId = new byte[256];
        private int _householdIdLength = -1;
        private int _household = -1, _membersOfHousehold;
        private bool _personsExpected, _householdsExpected;
        private int[]? _age;
        private byte[]? _uitpas, _vt, _tariff, _heating;

        public PeerExpected Run()
        {
            _personsExpected = Header(personLines, PersonColumns, PersonExpectedColumns);
            _householdsExpected = Header(householdLines, HouseholdColumns, HouseholdExpectedColumns);
            if (_personsExpected) { _age = new int[persons]; _uitpas = new byte[persons]; }
            if (_householdsExpected) { _vt = new byte[households]; _tariff = new byte[households]; _heating = new byte[households]; }

            int columns = PersonColumns.Length + (_personsExpected ? PersonExpectedColumns.Length : 0);
            Span<Range> fields = stackalloc Range[columns];
            for (int p = 0; p < persons; p++)
            {
                if (!personLines.TryReadLine(out var line)) throw Problem(personLines, null, "the file ended early (it changed while being read?)");
                Split(personLines, line, fields);
                Person(p, line, fields);
            }
            if (personLines.TryReadLine(out _)) throw Problem(personLines, null, "more lines than counted (the file changed while being read?)");
            if (_household < households - 1)
            {
                householdLines.TryReadLine(out var unused);
                throw Problem(householdLines, "household_id", $"household '{Text(unused.IsEmpty ? unused : unused[..Math.Max(0, unused.IndexOf((byte)','))])}' has no persons in persons.csv");
            }
            return new PeerExpected(_age, _uitpas, _vt, _tariff, _heating);
        }

        private void Person(int p, ReadOnlySpan<byte> line, Span<Range> fields)
        {
            var householdField = line[fields[1]];
            if (_household < 0 || !householdField.SequenceEqual(_householdId.AsSpan(0, _householdIdLength)))
                NextHousehold(householdField);

            var id = line[fields[0]];
            if (id.IsEmpty) throw Problem(personLines, "person_id", "empty");
            var role = line[fields[2]];
            bool adult = role.SequenceEqual("adult"u8);
            if (!adult && !role.SequenceEqual("child"u8)) throw Problem(personLines, "role", $"'{Text(role)}' is neither adult nor child");
            var born = ParseDate(line[fields[3]], "birth_date");
            long income = ParseWhole(line[fields[4]], "taxable_income", MaxIncome);
            bool leefloon = ParseFlag(line[fields[5]], "leefloon");
            bool igo = ParseFlag(line[fields[6]], "igo");
            bool debt = ParseFlag(line[fields[7]], "debt_mediation");

            var relation = _membersOfHousehold == 0 ? Relation.Reference : adult ? Relation.Partner : Relation.Child;
            builder.AddMember(Encoding.UTF8.GetString(id), relation, born);
            if (leefloon) builder.AddStatus(StatusCode.Leefloon, DateOnly.MinValue);
            if (igo) builder.AddStatus(StatusCode.Igo, DateOnly.MinValue);
            if (debt) builder.AddStatus(StatusCode.DebtMediation, DateOnly.MinValue);
            if (income > 0) builder.AddIncome(IncomeKind.Employment, incomeYear, income);
            _membersOfHousehold++;

            if (_personsExpected)
            {
                _age![p] = (int)ParseWhole(line[fields[8]], "age", 200);
                _uitpas![p] = ParseFlag(line[fields[9]], "uitpas_reduced") ? (byte)1 : (byte)0;
            }
        }

        /// <summary>Reads the next household, which must be the one the person's household_id names.</summary>
        private void NextHousehold(ReadOnlySpan<byte> wanted)
        {
            if (_household + 1 == households || !householdLines.TryReadLine(out var row))
                throw Problem(personLines, "household_id", $"'{Text(wanted)}' is not in households.csv after household '{Text(_householdId.AsSpan(0, Math.Max(0, _householdIdLength)))}' (persons must be grouped by household, in the order of households.csv)");
            int columns = HouseholdColumns.Length + (_householdsExpected ? HouseholdExpectedColumns.Length : 0);
            Span<Range> fields = stackalloc Range[columns];
            Split(householdLines, row, fields);
            var id = row[fields[0]];
            if (id.IsEmpty) throw Problem(householdLines, "household_id", "empty");
            if (id.Length > _householdId.Length) throw Problem(householdLines, "household_id", $"longer than {_householdId.Length} bytes");
            var heating = row[fields[1]];
            int type = HeatingType(heating);
            _household++;
            if (_householdsExpected)
            {
                _vt![_household] = ParseFlag(row[fields[2]], "vt", householdLines) ? (byte)1 : (byte)0;
                _tariff![_household] = ParseFlag(row[fields[3]], "social_energy_tariff", householdLines) ? (byte)1 : (byte)0;
                _heating![_household] = ParseFlag(row[fields[4]], "heating_allowance", householdLines) ? (byte)1 : (byte)0;
            }
            id.CopyTo(_householdId);
            _householdIdLength = id.Length;
            _membersOfHousehold = 0;
            builder.AddHousehold(Encoding.UTF8.GetString(id));
            builder.SetHeatingFuel(PeerLaw.Fuels[type]);
            if (!wanted.SequenceEqual(id))
                throw Problem(personLines, "household_id", $"'{Text(wanted)}' is not the next household of households.csv, '{Text(id)}' (line {householdLines.LineNumber}): persons must be grouped by household, in the order of households.csv");
        }

        private int HeatingType(ReadOnlySpan<byte> value)
        {
            for (int t = 0; t < HeatingTypeBytes.Length; t++)
                if (value.SequenceEqual(HeatingTypeBytes[t])) return t;
            throw Problem(householdLines, "heating_type", $"'{Text(value)}' is not one of {string.Join(", ", PeerLaw.HeatingTypes)}");
        }

        private DateOnly ParseDate(ReadOnlySpan<byte> s, string field)
        {
            if (s.Length == 10 && s[4] == '-' && s[7] == '-' && Digits(s[..4], out int y) && Digits(s[5..7], out int m) && Digits(s[8..], out int d)
                && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                return new DateOnly(y, m, d);
            throw Problem(personLines, field, $"'{Text(s)}' is not a date YYYY-MM-DD");
        }

        private long ParseWhole(ReadOnlySpan<byte> s, string field, long max)
        {
            if (s.IsEmpty || s.Length > 12) throw Problem(personLines, field, $"'{Text(s)}' is not a whole number from 0 to {max:N0}");
            long value = 0;
            foreach (byte b in s)
            {
                if (b is < (byte)'0' or > (byte)'9') throw Problem(personLines, field, $"'{Text(s)}' is not a whole number from 0 to {max:N0}");
                value = value * 10 + (b - '0');
            }
            if (value > max) throw Problem(personLines, field, $"'{Text(s)}' is not a whole number from 0 to {max:N0}");
            return value;
        }

        private bool ParseFlag(ReadOnlySpan<byte> s, string field, LineReader? lines = null)
        {
            if (s.Length == 1 && s[0] is (byte)'0' or (byte)'1') return s[0] == '1';
            throw Problem(lines ?? personLines, field, $"'{Text(s)}' is not 0 or 1");
        }
    }

    private static readonly byte[][] HeatingTypeBytes = PeerLaw.HeatingTypes.Select(Encoding.ASCII.GetBytes).ToArray();

    private static bool Digits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (byte b in s)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }

    /// <summary>Reads the header; true when it carries the expected columns too.</summary>
    private static bool Header(LineReader lines, string[] columns, string[] expectedColumns)
    {
        string plain = string.Join(',', columns), full = string.Join(',', columns.Concat(expectedColumns));
        if (!lines.TryReadLine(out var line)) throw Problem(lines, null, "the file is empty: a header line is expected");
        var header = Encoding.UTF8.GetString(line);
        if (header.Length > 0 && header[0] == '\uFEFF') header = header[1..];
        if (header == plain) return false;
        if (header == full) return true;
        throw Problem(lines, null, $"the header must be '{plain}' (optionally followed by ',{string.Join(',', expectedColumns)}'), found '{Shorten(header)}'");
    }

    /// <summary>Cuts a line at its commas into exactly as many fields as the header has.</summary>
    private static void Split(LineReader lines, ReadOnlySpan<byte> line, Span<Range> fields)
    {
        if (line.IsEmpty) throw Problem(lines, null, "empty line");
        int start = 0;
        for (int f = 0; f < fields.Length; f++)
        {
            int comma = line[start..].IndexOf((byte)',');
            bool last = f == fields.Length - 1;
            if (last ? comma >= 0 : comma < 0)
            {
                int found = line.Count((byte)',') + 1;
                throw Problem(lines, null, $"{found} fields where the header has {fields.Length}");
            }
            int end = last ? line.Length : start + comma;
            fields[f] = new Range(start, end);
            start = end + 1;
        }
    }

    private static PeerFormatException Problem(LineReader lines, string? field, string problem) =>
        new(lines.Path, lines.LineNumber, field, problem);

    private static string Text(ReadOnlySpan<byte> s) => Shorten(Encoding.UTF8.GetString(s));

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";

    /// <summary>Lines of a file, a megabyte at a time; a line is valid until the next call. CRLF is accepted.</summary>
    private sealed class LineReader(string path) : IDisposable
    {
        private readonly FileStream _stream = Open(path, 1);
        private readonly byte[] _buffer = new byte[1 << 20];
        private int _start, _end;
        private bool _eof;

        public string Path { get; } = path;

        public int LineNumber { get; private set; }

        public bool TryReadLine(out ReadOnlySpan<byte> line)
        {
            while (true)
            {
                int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    line = Trim(_buffer.AsSpan(_start, newline));
                    _start += newline + 1;
                    LineNumber++;
                    return true;
                }
                if (_eof)
                {
                    if (_start == _end)
                    {
                        line = default;
                        return false;
                    }
                    line = Trim(_buffer.AsSpan(_start, _end - _start));
                    _start = _end;
                    LineNumber++;
                    return true;
                }
                if (_start > 0)
                {
                    Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                    _end -= _start;
                    _start = 0;
                }
                if (_end == _buffer.Length)
                {
                    LineNumber++;
                    throw Problem(this, null, $"a line longer than {_buffer.Length:N0} bytes");
                }
                int n = _stream.Read(_buffer, _end, _buffer.Length - _end);
                if (n == 0) _eof = true;
                else _end += n;
            }
        }

        private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line) =>
            line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

        public void Dispose() => _stream.Dispose();
    }
}
