namespace WindowScoring.Import;

/// <summary>
/// Prepares a text input for reading: reads a first block to find the first non-blank line (to detect the
/// layout and the separator), then replays it ahead of the rest under the options' character budget.
/// </summary>
internal static class InputText
{
    private const int HeadLength = 64 * 1024;

    internal static (ReplayTextReader Reader, string? FirstLine) Prepare(TextReader reader, ImportOptions options)
    {
        var length = (int)Math.Min(HeadLength, options.MaxBytes);
        var buffer = new char[length];
        var total = 0;
        int read;
        while (total < length && (read = reader.Read(buffer, total, length - total)) > 0)
        {
            total += read;
        }

        var head = new string(buffer, 0, total);
        return (new ReplayTextReader(head, reader, options.MaxBytes), FirstNonBlankLine(head));
    }

    /// <summary>Picks the separator of a header line among tab, comma and semicolon (the most frequent; tab on a tie).</summary>
    internal static char DetectDelimiter(string? headerLine)
    {
        var best = '\t';
        var bestCount = 0;
        foreach (var d in (ReadOnlySpan<char>)['\t', ',', ';'])
        {
            var count = headerLine.AsSpan().Count(d);
            if (count > bestCount)
            {
                (best, bestCount) = (d, count);
            }
        }

        return best;
    }

    internal static string? FirstNonBlankLine(string head)
    {
        foreach (var line in head.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line.TrimEnd('\r');
            }
        }

        return null;
    }
}
