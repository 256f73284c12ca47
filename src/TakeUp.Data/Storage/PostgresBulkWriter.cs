using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Npgsql;

namespace TakeUp.Data.Storage;

/// <summary>
/// PostgreSQL's binary COPY, with the rows encoded here into one buffer and sent through Npgsql's raw copy stream.
/// Npgsql's own importer binds every value through a parameter and an async state machine: on a first run of 1M
/// persons that made TakeUp, not the server, the slower side of the COPY (docs/benchmarks.md). The format is the
/// one PostgreSQL documents for COPY BINARY: a signature, then per row a 16-bit field count and per field a 32-bit
/// length (-1 for NULL) and the value in the type's binary "send" form, big-endian.
/// <para>
/// Each CLR type maps to one column type, as with Npgsql's importer: string → text/varchar, DateOnly → date,
/// DateTime (UTC) → timestamptz, decimal → numeric, long → bigint, int → integer, bool → boolean. A value of
/// another type than its column's makes the server refuse the COPY, and the transaction with it.
/// </para>
/// </summary>
internal sealed class PostgresBulkWriter : BulkWriter
{
    /// <summary>"PGCOPY\n", 0xFF, "\r\n", 0: not a UTF-8 string.</summary>
    private static ReadOnlySpan<byte> Signature => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', 0x0A, 0xFF, 0x0D, 0x0A, 0x00];
    private static readonly int Epoch2000Days = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long Epoch2000Ticks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private readonly NpgsqlRawCopyStream _stream;
    private readonly string _table;
    private readonly int _columns;
    private byte[] _buffer = new byte[1 << 16];
    private int _length;
    private bool _completed;

    public PostgresBulkWriter(NpgsqlConnection connection, string table, string[] columns)
    {
        _table = table;
        _columns = columns.Length;
        _stream = connection.BeginRawBinaryCopy($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
        Signature.CopyTo(_buffer);
        _length = Signature.Length;
        Int32(0); // flags
        Int32(0); // header extension length
    }

    public override void Write(params object?[] values)
    {
        if (values.Length != _columns)
            throw new ArgumentException($"{_table}: {values.Length} values for {_columns} columns");
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), (short)values.Length);
        _length += 2;
        foreach (var value in values)
        {
            switch (value)
            {
                case null: Ensure(4); Int32(-1); break;
                case string s: Text(s); break;
                case DateOnly d: Ensure(8); Int32(4); Int32(d.DayNumber - Epoch2000Days); break;
                case DateTime t: Ensure(12); Int32(8); Int64(Microseconds(t)); break;
                case decimal m: Numeric(m); break;
                case long l: Ensure(12); Int32(8); Int64(l); break;
                case int i: Ensure(8); Int32(4); Int32(i); break;
                case bool b: Ensure(5); Int32(1); _buffer[_length++] = b ? (byte)1 : (byte)0; break;
                default: throw new NotSupportedException($"{_table}: a value of type {value.GetType().Name}");
            }
        }
        Rows++;
    }

    public override void Complete()
    {
        if (_completed) return;
        _completed = true;
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), -1);
        _length += 2;
        Flush();
        _stream.Dispose(); // ends the COPY: the server applies it now and reports any error here
    }

    /// <summary>Completes the COPY, as <see cref="BulkWriter"/> promises: the caller's transaction decides.</summary>
    public override void Dispose() => Complete();

    private static long Microseconds(DateTime t)
    {
        if (t.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"a timestamp with time zone must be given in UTC, not {t.Kind}: {t:O}");
        return (t.Ticks - Epoch2000Ticks) / TimeSpan.TicksPerMicrosecond;
    }

    private void Text(string s)
    {
        int most = Encoding.UTF8.GetMaxByteCount(s.Length);
        Ensure(4 + most);
        int length = Encoding.UTF8.GetBytes(s, _buffer.AsSpan(_length + 4));
        Int32(length);
        _length += length;
    }

    /// <summary>
    /// numeric's send form: digit count, weight of the first digit, sign, display scale, then base-10,000 digits
    /// (each 0–9999), the integer part's groups aligned on the decimal point. Leading and trailing zero groups are
    /// left out, as the server itself does.
    /// </summary>
    private void Numeric(decimal value)
    {
        string text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        int point = text.IndexOf('.');
        string whole = point < 0 ? text : text[..point];
        string fraction = point < 0 ? "" : text[(point + 1)..];
        short scale = (short)fraction.Length;
        // Pad the integer part on the left and the fraction on the right to whole groups of four digits.
        string digits = new string('0', (4 - whole.Length % 4) % 4) + whole + fraction + new string('0', (4 - fraction.Length % 4) % 4);
        int wholeGroups = (whole.Length + 3) / 4;
        var groups = new List<short>(digits.Length / 4);
        for (int i = 0; i < digits.Length; i += 4) groups.Add(short.Parse(digits.AsSpan(i, 4), CultureInfo.InvariantCulture));

        int first = 0, last = groups.Count - 1;
        while (first <= last && groups[first] == 0) first++;
        while (last >= first && groups[last] == 0) last--;
        int count = last - first + 1;
        short weight = count == 0 ? (short)0 : (short)(wholeGroups - 1 - first);
        short sign = value < 0 && count > 0 ? (short)0x4000 : (short)0;

        Ensure(4 + 8 + 2 * count);
        Int32(8 + 2 * count);
        Int16((short)count);
        Int16(weight);
        Int16(sign);
        Int16(scale);
        for (int i = first; i <= last; i++) Int16(groups[i]);
    }

    private void Int16(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), value);
        _length += 2;
    }

    private void Int32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    private void Int64(long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    /// <summary>Makes room for <paramref name="bytes"/> more: sends what is buffered, or grows for a long value.</summary>
    private void Ensure(int bytes)
    {
        if (_length + bytes <= _buffer.Length) return;
        Flush();
        if (bytes > _buffer.Length) _buffer = new byte[Math.Max(bytes, _buffer.Length * 2)];
    }

    private void Flush()
    {
        _stream.Write(_buffer, 0, _length);
        _length = 0;
    }
}
