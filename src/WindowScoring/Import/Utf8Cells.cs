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
    /// <summary>
    /// Decodes <paramref name="bytes"/> into <paramref name="buffer"/> (a buffer kept by the caller for the whole table,
    /// grown when a cell needs more); false when they are not valid UTF-8.
    /// </summary>
    internal static bool TryDecode(ReadOnlySpan<byte> bytes, ref char[] buffer, out ReadOnlySpan<char> chars)
    {
        // A UTF-8 byte never makes more than one UTF-16 char, so the buffer needs bytes.Length at most.
        if (buffer.Length < bytes.Length)
        {
            buffer = new char[Math.Max(bytes.Length, 256)];
        }

        var status = Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false);
        chars = buffer.AsSpan(0, written);
        return status == OperationStatus.Done;
    }

    /// <summary>The cell as text, decoded through <paramref name="buffer"/>; null when its bytes are not valid UTF-8.</summary>
    internal static string? TryDecode(ReadOnlySpan<byte> bytes, ref char[] buffer) =>
        bytes.IsEmpty ? string.Empty : TryDecode(bytes, ref buffer, out var chars) ? new string(chars) : null;

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
