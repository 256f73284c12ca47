using System.Buffers;
using System.Text.Unicode;

namespace TakeUp.Imports.Validation;

/// <summary>Decodes UTF-8 refusing anything that is not (no replacement characters, no guessing at Latin-1).</summary>
internal static class StrictUtf8
{
    /// <summary>The decoded text, or null with the offset of the first bad byte within <paramref name="bytes"/>.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, ref char[] buffer, out int badOffset)
    {
        badOffset = -1;
        if (bytes.IsEmpty) return string.Empty;
        if (buffer.Length < bytes.Length) buffer = new char[Math.Max(bytes.Length, buffer.Length * 2)];
        var status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            badOffset = read;
            return null;
        }
        return new string(buffer, 0, written);
    }

    public static string Describe(byte value) => $"byte 0x{value:X2} is not valid UTF-8 (the file must be UTF-8; Latin-1 or Windows-1252 text is refused, not guessed)";
}
