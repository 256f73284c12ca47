using System.Security.Cryptography;

namespace TakeUp.Imports.Validation;

/// <summary>One CSV record: its fields and the line it starts on.</summary>
internal sealed class CsvRecord(int line, string[] fields)
{
    public int Line { get; } = line;
    public string[] Fields { get; } = fields;

    /// <summary>The record written back as CSV: what quarantine keeps as the raw record.</summary>
    public string Raw => string.Join(",", Fields.Select(Quote));

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}

/// <summary>
/// A streaming RFC 4180 reader over bytes: strict UTF-8 (a leading BOM skipped), CRLF or LF, quoted fields with
/// doubled quotes, line numbers that count the line breaks inside quoted fields. It hashes every byte it reads
/// (SHA-256) and counts records, for the manifest checks. Problems that leave the rest of the file unreadable
/// (bad bytes, broken quoting, an empty line) throw <see cref="ImportFormatException"/>.
/// </summary>
internal sealed class CsvReader : IDisposable
{
    private static readonly System.Buffers.SearchValues<byte> Delimiters = System.Buffers.SearchValues.Create(",\n\r\""u8);

    private readonly Stream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _position;
    private int _length;
    private long _bufferOffset;
    private bool _eof;
    private int _line = 1;
    private byte[] _field = new byte[256];
    private int _fieldLength;
    private char[] _chars = new char[256];
    private readonly List<string> _fields = new(32);

    public CsvReader(Stream stream, string file)
    {
        _stream = stream;
        File = file;
        Fill();
        if (_length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            _position = 3;
    }

    public string File { get; }

    /// <summary>Data records read so far (the header not counted).</summary>
    public int Records { get; private set; }

    /// <summary>Bytes read so far, for progress.</summary>
    public long BytesRead => _bufferOffset + _position;

    /// <summary>Reads the header line; throws if the file is empty.</summary>
    public string[] ReadHeader()
    {
        if (!TryRead(out var header))
            throw new ImportFormatException(new ImportProblem(File, 1, null, "the file is empty; the first line must be the header"));
        Records = 0;
        return header.Fields;
    }

    public bool TryRead(out CsvRecord record)
    {
        record = null!;
        if (Peek() < 0) return false;
        int start = _line;
        _fields.Clear();
        bool lineEmpty = true;
        while (true)
        {
            _fieldLength = 0;
            long fieldOffset = BytesRead;
            int next;
            bool quoted = Peek() == '"';
            if (quoted)
            {
                lineEmpty = false;
                Take();
                fieldOffset++;
                int openedOn = _line;
                while (true)
                {
                    int b = Take();
                    if (b < 0) throw Problem(openedOn, $"a quoted field opened on line {openedOn} is not closed at the end of the file (truncated?)");
                    if (b == '"')
                    {
                        if (Peek() == '"') { Take(); Append((byte)'"'); continue; }
                        break;
                    }
                    if (b == '\n') _line++;
                    Append((byte)b);
                }
                next = Take();
                if (next is not (',' or '\n' or '\r' or -1))
                    throw Problem(_line, "text after a closing quote (a quote inside a field must be doubled)");
            }
            else
            {
                // Scan for the end of the field a buffer at a time (vectorised), not byte by byte.
                while (true)
                {
                    if (_position >= _length && Peek() < 0) { next = -1; break; }
                    var rest = _buffer.AsSpan(_position, _length - _position);
                    int end = rest.IndexOfAny(Delimiters);
                    var content = end < 0 ? rest : rest[..end];
                    if (!content.IsEmpty)
                    {
                        lineEmpty = false;
                        Append(content);
                    }
                    _position += content.Length;
                    if (end < 0) continue;
                    next = Take();
                    if (next == '"') throw Problem(_line, "a quote inside an unquoted field (enclose the field in quotes and double the quote)");
                    break;
                }
                if (next == ',') lineEmpty = false;
            }
            _fields.Add(DecodeField(fieldOffset));
            if (next == ',') continue;
            if (next == '\r' && Peek() == '\n') Take();
            if (next is '\n' or '\r') _line++;
            break;
        }
        if (lineEmpty && _fields.Count == 1)
            throw Problem(start, "empty line (every line must be a record)");
        Records++;
        record = new CsvRecord(start, _fields.ToArray());
        return true;
    }

    /// <summary>Reads to the end (so the hash covers the whole file) and returns the SHA-256 in lower-case hex.</summary>
    public string FinishHash()
    {
        _position = _length;
        while (!_eof) Fill();
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    public void Dispose()
    {
        _hash.Dispose();
        _stream.Dispose();
    }

    private ImportFormatException Problem(int line, string reason) => new(new ImportProblem(File, line, null, reason));

    private string DecodeField(long fieldOffset)
    {
        var text = StrictUtf8.Decode(_field.AsSpan(0, _fieldLength), ref _chars, out int bad);
        if (text is null)
            throw new ImportFormatException(new ImportProblem(File, _line, null,
                $"at byte offset {fieldOffset + bad}: {StrictUtf8.Describe(_field[bad])}"));
        return text;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_fieldLength + bytes.Length > _field.Length) Array.Resize(ref _field, Math.Max(_field.Length * 2, _fieldLength + bytes.Length));
        bytes.CopyTo(_field.AsSpan(_fieldLength));
        _fieldLength += bytes.Length;
    }

    private void Append(byte b)
    {
        if (_fieldLength == _field.Length) Array.Resize(ref _field, _field.Length * 2);
        _field[_fieldLength++] = b;
    }

    private int Peek()
    {
        if (_position < _length) return _buffer[_position];
        if (_eof) return -1;
        Fill();
        return _position < _length ? _buffer[_position] : -1;
    }

    private int Take()
    {
        int b = Peek();
        if (b >= 0) _position++;
        return b;
    }

    private void Fill()
    {
        _bufferOffset += _length;
        _position = 0;
        _length = 0;
        while (_length < _buffer.Length)
        {
            int n = _stream.Read(_buffer, _length, _buffer.Length - _length);
            if (n == 0) { _eof = true; break; }
            _length += n;
        }
        _hash.AppendData(_buffer, 0, _length);
    }
}
