using System.Buffers;
using System.Text.Unicode;
using CsvHelper;

namespace WindowScoring.Import;

/// <summary>
/// Decodes the cells of a UTF-8 record strictly: a cell with bytes that are not valid UTF-8 is never decoded with
/// replacement characters; the reader stops there instead and names the line of the first invalid byte.
/// </summary>
internal static class Utf8Cells
{
    // A buffer per thread for decoding (never zeroed, never shared): cells are decoded one at a time.
    private const int BufferLength = 4096;

    [ThreadStatic]
    private static char[]? t_chars;

    /// <summary>The cell as text; null when its bytes are not valid UTF-8.</summary>
    internal static string? TryDecode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        if (bytes.Length > BufferLength)
        {
            var rented = ArrayPool<char>.Shared.Rent(bytes.Length);
            try
            {
                return Decode(bytes, rented);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        return Decode(bytes, t_chars ??= new char[BufferLength]);
    }

    // A UTF-8 byte never makes more than one UTF-16 char, so chars needs bytes.Length at most.
    private static string? Decode(ReadOnlySpan<byte> bytes, char[] chars) =>
        Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            ? new string(chars, 0, written)
            : null;

    /// <summary>
    /// The line of the first invalid byte in the current record, which starts on <paramref name="firstLine"/>: the record's
    /// first line plus the line breaks in its raw bytes before that byte.
    /// </summary>
    internal static int LineOfFirstInvalid(CsvReader csv, int firstLine)
    {
        var line = firstLine;
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var raw = csv.GetRawSpan(i);
            var valid = Utf8.IsValid(raw) ? raw.Length : ValidPrefix(raw);
            line += raw[..valid].Count((byte)'\n');
            if (valid < raw.Length)
            {
                break;
            }
        }

        return line;
    }

    private static int ValidPrefix(ReadOnlySpan<byte> raw)
    {
        var chars = new char[raw.Length];
        Utf8.ToUtf16(raw, chars, out var read, out _, replaceInvalidSequences: false);
        return read;
    }
}
