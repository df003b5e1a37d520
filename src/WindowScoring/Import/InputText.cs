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

    /// <summary>The longest line (or record) the readers hold, in characters: MaxColumns fields of the longest field.</summary>
    internal static int MaxLineChars(ImportOptions options) => (int)Math.Min(int.MaxValue / 4, (long)options.MaxFieldLength * options.MaxColumns);

    /// <summary>Reports bytes invalid in the encoding, at the line where they are (reading stopped before that line).</summary>
    /// <summary>Reports the first line of a text input that holds a lone surrogate or a noncharacter (WS132), if any.</summary>
    internal static void ReportNotText(ReplayTextReader replay, ICollection<Diagnostic> diagnostics)
    {
        if (replay.NotTextLine is { } line)
        {
            diagnostics.Add(Problems.Error(Messages.NotTextLine, line, null, null, line));
        }
    }

    internal static void ReportInvalid(int? line, ICollection<Diagnostic> diagnostics, ImportOptions options)
    {
        if (line is { } l)
        {
            diagnostics.Add(Problems.Error(DiagnosticCodes.EncodingInvalid, l, null, null, l));
        }
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

    /// <summary>
    /// The cells of one line split at <paramref name="delimiter"/>, with RFC 4180 quoting inside the line: a cell that
    /// starts with a double quote runs to the closing quote (a doubled quote is one quote), so quoted headers such as
    /// <c>"序号","部门窗口"</c> read as their text. A line without the delimiter is one cell.
    /// </summary>
    internal static string[] SplitLine(string line, char delimiter)
    {
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return line.Split(delimiter);
        }

        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            cell.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(line[i++]);
                }
            }

            while (i < line.Length && line[i] != delimiter)
            {
                cell.Append(line[i++]);
            }

            cells.Add(cell.ToString());
            if (i >= line.Length)
            {
                return cells.ToArray();
            }

            i++; // the delimiter
        }
    }

    // Reads the stream asynchronously into memory, at most maxBytes; true when there was more.
    internal static async Task<(MemoryStream Buffer, bool TooLarge)> BufferAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var want = (int)Math.Min(chunk.Length, maxBytes - buffer.Length + 1);
            var read = await stream.ReadAsync(chunk.AsMemory(0, want), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                buffer.Position = 0;
                return (buffer, false);
            }

            if (buffer.Length + read > maxBytes)
            {
                buffer.Write(chunk, 0, (int)(maxBytes - buffer.Length));
                buffer.Position = 0;
                return (buffer, true);
            }

            buffer.Write(chunk, 0, read);
        }
    }
}
