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
        var buffer = HeadBuffer(options);
        return Replay(reader, buffer, reader.ReadBlock(buffer, 0, buffer.Length), options);
    }

    /// <summary>As <see cref="Prepare"/>, reading the first block asynchronously (only that block: the replay reader reads the
    /// rest asynchronously too when read so).</summary>
    internal static async ValueTask<(ReplayTextReader Reader, string? FirstLine)> PrepareAsync(TextReader reader, ImportOptions options, CancellationToken cancellationToken)
    {
        var buffer = HeadBuffer(options);
        var length = 0;
        var read = 0; // assigned here too: mutation testing needs it definitely assigned
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read; // not ReadBlockAsync: TextReader's reads the block synchronously on the thread pool
        }

        return Replay(reader, buffer, length, options);
    }

    private static char[] HeadBuffer(ImportOptions options) => new char[(int)Math.Min(HeadLength, options.MaxBytes)];

    private static (ReplayTextReader Reader, string? FirstLine) Replay(TextReader reader, char[] buffer, int length, ImportOptions options)
    {
        var head = new string(buffer, 0, length);
        return (new ReplayTextReader(head, reader, options.MaxBytes), FirstNonBlankLine(head));
    }

    /// <summary>
    /// The line breaks in a block of text or bytes, CR LF, LF and CR each counted once (as CsvHelper and the line readers
    /// take them), a CR LF cut by the edge between two blocks too: <paramref name="afterCr"/> says whether the block before
    /// ended with CR, and is set for the next.
    /// </summary>
    internal static int LineBreaks<T>(ReadOnlySpan<T> block, T cr, T lf, ref bool afterCr)
        where T : IEquatable<T>
    {
        if (block.IsEmpty)
        {
            return 0;
        }

        var breaks = block.Count(lf) + block.Count(cr) - block.Count([cr, lf]);
        if (afterCr && block[0].Equals(lf))
        {
            breaks--; // the LF of a CR LF counted with the block before
        }

        afterCr = block[^1].Equals(cr);
        return breaks;
    }

    /// <summary>The longest line (or record) the readers hold, in characters: MaxColumns fields of the longest field.</summary>
    internal static int MaxLineChars(ImportOptions options) => (int)Math.Min(int.MaxValue / 4, (long)options.MaxFieldLength * options.MaxColumns);

    /// <summary>Reports the first line of a text input that holds a lone surrogate or a noncharacter (WS132), if any.</summary>
    internal static void ReportNotText(ReplayTextReader replay, ICollection<Diagnostic> diagnostics)
    {
        if (replay.NotTextLine is { } line)
        {
            diagnostics.Add(Problems.Error(Messages.NotTextLine, line, null, null, line));
        }
    }

    /// <summary>Reports bytes invalid in the encoding, at the line where they are (reading stopped before that line).</summary>
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
}
