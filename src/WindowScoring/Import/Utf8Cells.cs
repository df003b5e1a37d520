using System.Text.Unicode;
using CsvHelper;

namespace WindowScoring.Import;

/// <summary>
/// Where a UTF-8 record stops being valid: a record with bytes that are not valid UTF-8 is never decoded with
/// replacement characters; the reader stops there instead and names the line of the first invalid byte.
/// </summary>
internal static class Utf8Cells
{
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
            var afterCr = false;
            line += InputText.LineBreaks(raw[..valid], (byte)'\r', (byte)'\n', ref afterCr);
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
