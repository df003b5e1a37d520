using System.Text.Unicode;
using CsvHelper;

namespace WindowScoring.Import;

/// <summary>
/// Where a UTF-8 record stops being valid: a cell with bytes that are not valid UTF-8 is never decoded with
/// replacement characters; the reader stops there instead and names the line of the first invalid byte.
/// </summary>
internal static class Utf8Cells
{
    /// <summary>
    /// True when the bytes are valid UTF-8: as <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>, with the short ASCII cells of
    /// most records ("100", "-0.5") checked in line rather than by a call set up for long texts.
    /// </summary>
    internal static bool IsValid(ReadOnlySpan<byte> cell)
    {
        if (cell.Length <= 16)
        {
            foreach (var b in cell)
            {
                if (b >= 0x80)
                {
                    return Utf8.IsValid(cell);
                }
            }

            return true;
        }

        return Utf8.IsValid(cell);
    }

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
