using System.Security.Cryptography;

namespace TakeUp.Imports.Validation;

/// <summary>Lines of bytes (LF or CRLF, the break not included) from a stream, hashing every byte read.</summary>
internal sealed class HashingLineReader(Stream stream, IncrementalHash hash) : IDisposable
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _position;
    private int _length;
    private long _bufferOffset;
    private bool _eof;
    private byte[] _line = new byte[1024];

    /// <summary>The byte offset in the file of the line last returned.</summary>
    public long LineOffset { get; private set; }

    /// <summary>Whether the line last returned ended with a line break (the last line of a file may not).</summary>
    public bool EndsWithNewline { get; private set; }

    public ReadOnlyMemory<byte>? ReadLine()
    {
        if (_position >= _length && !Fill()) return null;
        LineOffset = _bufferOffset + _position;
        int length = 0;
        EndsWithNewline = false;
        while (true)
        {
            if (_position >= _length && !Fill()) break;
            int newline = Array.IndexOf(_buffer, (byte)'\n', _position, _length - _position);
            int end = newline < 0 ? _length : newline;
            int count = end - _position;
            if (length + count > _line.Length) Array.Resize(ref _line, Math.Max(_line.Length * 2, length + count));
            Buffer.BlockCopy(_buffer, _position, _line, length, count);
            length += count;
            _position = end;
            if (newline >= 0)
            {
                _position++;
                EndsWithNewline = true;
                break;
            }
        }
        if (length > 0 && _line[length - 1] == '\r') length--;
        return _line.AsMemory(0, length);
    }

    public void ReadToEnd()
    {
        _position = _length;
        while (Fill()) _position = _length;
    }

    public void Dispose() => stream.Dispose();

    private bool Fill()
    {
        if (_eof) return false;
        _bufferOffset += _length;
        _position = 0;
        _length = stream.Read(_buffer, 0, _buffer.Length);
        if (_length == 0) { _eof = true; return false; }
        hash.AppendData(_buffer, 0, _length);
        return true;
    }
}
