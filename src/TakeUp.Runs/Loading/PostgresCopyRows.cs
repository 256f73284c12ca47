using System.Buffers.Binary;
using Npgsql;

namespace TakeUp.Runs.Loading;

/// <summary>
/// PostgreSQL rows read as <c>COPY (query) TO STDOUT (FORMAT BINARY)</c> and parsed here from the bytes, as the
/// SQLite reader parses SQLite's: text compared and matched without making a string, dates, numbers and
/// booleans decoded from their binary "send" forms. Npgsql's data reader spent more CPU per row than the server
/// did (1.31M stored states: 3.6–4.3 s of TakeUp's CPU against 1.9 s for the server's query).
/// <para>
/// COPY takes no parameters: the municipality (a NIS code, five digits, checked here) is written into the query.
/// The value accessors decode by the field's length where a type has several (integer: 2, 4 or 8 bytes).
/// </para>
/// </summary>
internal sealed class PostgresCopyRows : RegisterRows
{
    private static readonly int Epoch2000 = new DateOnly(2000, 1, 1).DayNumber;
    private static ReadOnlySpan<byte> Signature => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

    private readonly NpgsqlRawCopyStream _stream;
    private byte[] _buffer = new byte[1 << 20];
    private int _start, _end, _row;
    private int[] _offset = new int[32], _length = new int[32];
    private bool _done;

    public PostgresCopyRows(NpgsqlConnection connection, string municipality, string sql)
    {
        if (municipality.Length != 5 || !municipality.All(char.IsAsciiDigit))
            throw new ArgumentException($"not a NIS code: '{municipality}'", nameof(municipality));
        _stream = connection.BeginRawBinaryCopy($"COPY ({sql.Replace("@m", "'" + municipality + "'", StringComparison.Ordinal)}) TO STDOUT (FORMAT BINARY)");
        // Signature (11 bytes), flags (4), header extension length (4), then the extension.
        Ensure(19);
        if (!_buffer.AsSpan(0, 11).SequenceEqual(Signature))
            throw new InvalidDataException("PostgreSQL's COPY output does not start with its signature");
        int extension = BinaryPrimitives.ReadInt32BigEndian(_buffer.AsSpan(_start + 15));
        Ensure(19 + extension);
        _start += 19 + extension;
    }

    public override bool Read()
    {
        if (_done) return false;
        _start += _row;
        _row = 0;
        Ensure(2);
        short fields = BinaryPrimitives.ReadInt16BigEndian(_buffer.AsSpan(_start));
        if (fields == -1)
        {
            _done = true;
            return false;
        }
        if (fields > _offset.Length) (_offset, _length) = (new int[fields], new int[fields]);
        int at = 2;
        for (int i = 0; i < fields; i++)
        {
            Ensure(at + 4);
            int length = BinaryPrimitives.ReadInt32BigEndian(_buffer.AsSpan(_start + at));
            at += 4;
            _offset[i] = at;
            _length[i] = length;
            if (length > 0)
            {
                Ensure(at + length);
                at += length;
            }
        }
        _row = at;
        return true;
    }

    /// <summary>Makes sure the <paramref name="bytes"/> from the current row's start are in the buffer.</summary>
    private void Ensure(int bytes)
    {
        if (_end - _start >= bytes) return;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (bytes > _buffer.Length) Array.Resize(ref _buffer, Math.Max(bytes, _buffer.Length * 2));
        while (_end < bytes)
        {
            int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0) throw new InvalidDataException("PostgreSQL's COPY output ended in the middle of a row");
            _end += read;
        }
    }

    protected override ReadOnlySpan<byte> Bytes(int i) => _buffer.AsSpan(_start + _offset[i], Math.Max(_length[i], 0));

    public override bool IsNull(int i) => _length[i] < 0;

    public override DateOnly? Date(int i)
    {
        if (IsNull(i)) return null;
        if (_length[i] != 4) throw Bad("a date", $"{_length[i]} bytes");
        int days = BinaryPrimitives.ReadInt32BigEndian(Bytes(i));
        if (days is int.MaxValue or int.MinValue) throw Bad("a date", days > 0 ? "infinity" : "-infinity");
        return DateOnly.FromDayNumber(Epoch2000 + days);
    }

    /// <summary>numeric's send form: digit count, weight, sign, display scale, then base-10,000 digits.</summary>
    public override decimal? Decimal(int i)
    {
        if (IsNull(i)) return null;
        var b = Bytes(i);
        int count = BinaryPrimitives.ReadInt16BigEndian(b);
        int weight = BinaryPrimitives.ReadInt16BigEndian(b[2..]);
        ushort sign = BinaryPrimitives.ReadUInt16BigEndian(b[4..]);
        if (sign is not (0x0000 or 0x4000)) throw Bad("a number", "NaN or infinity");
        decimal value = 0;
        for (int k = 0; k < count; k++) value = value * 10000 + BinaryPrimitives.ReadInt16BigEndian(b[(8 + 2 * k)..]);
        for (int exponent = weight - (count - 1); exponent > 0; exponent--) value *= 10000;
        for (int exponent = weight - (count - 1); exponent < 0; exponent++) value *= 0.0001m;
        // As the data reader path gives it: 24889.48, not numeric(14,4)'s 24889.4800.
        value /= 1.0000000000000000000000000000m;
        return sign == 0x4000 ? -value : value;
    }

    public override long? Integer(int i) => _length[i] switch
    {
        < 0 => null,
        8 => BinaryPrimitives.ReadInt64BigEndian(Bytes(i)),
        4 => BinaryPrimitives.ReadInt32BigEndian(Bytes(i)),
        2 => BinaryPrimitives.ReadInt16BigEndian(Bytes(i)),
        var n => throw Bad("an integer", $"{n} bytes"),
    };

    public override bool? Bool(int i) => _length[i] switch
    {
        < 0 => null,
        1 => Bytes(i)[0] != 0,
        _ => Integer(i) != 0,
    };

    public override void Dispose() => _stream.Dispose();
}
