namespace WindowScoring.Import;

/// <summary>
/// The one row parser loop over any <see cref="ITableSource"/>: finds the title and the header, then turns each record
/// into a row or diagnostics, pulling one row at a time (so the sync, async and streaming reads share it). Published tables
/// and event logs both go through it: only their columns and the mapping of a record to a row differ
/// (<see cref="IRowMapping{TRow}"/>); the limits (columns, rows, field length), the header search, repeated headers and
/// their diagnostics are the same.
/// </summary>
/// <remarks>
/// Before the header, a record of one non-empty cell is a title (kept when it names a 考核 result) or prose, and is
/// skipped; the first record that names the columns is the header. In a strict source (delimited text, a host's own)
/// the first record of two or more non-empty cells is taken as the header, so a wrong header is reported (WS113) rather
/// than skipped; a report text may have prose with separators before its table. After the header of a report text, a
/// record of one cell (no separator) either reads as a row whose cells are separated by spaces (WS134, an error; reading goes on) or is
/// prose that ends the table (WS119); every later record that looks like a row is then reported (WS135).
/// </remarks>
/// <typeparam name="TRow">A row (a <see cref="PublishedRow"/>, an event).</typeparam>
internal sealed class TableRowReader<TRow>(ITableSource source, IRowMapping<TRow> mapping, ImportOptions options, IList<Diagnostic> diagnostics, bool proseBeforeTable)
    where TRow : class
{
    private readonly FingerprintSet _departments = new(); // a fingerprint per department, not its string (see Fingerprint)
    private IRowParser<TRow>? _parser;
    private int _headerLine;
    private bool _stopped;
    private bool _ended;
    private int _dataRows;

    internal string? Title { get; private set; }

    internal AssessmentPeriod? TitlePeriod { get; private set; }

    internal int RowCount { get; private set; }

    /// <summary>The next row; false at the end of the table (then <see cref="Complete"/> has reported what is missing).</summary>
    internal bool TryRead(out TRow row)
    {
        row = null!;
        while (!_stopped && source.Read(diagnostics))
        {
            if (Take() is { } taken)
            {
                row = taken;
                return true;
            }
        }

        return false;
    }

    /// <summary>The next row, reading the source asynchronously; null at the end of the table. The same rows and
    /// diagnostics as <see cref="TryRead"/>: both loops hand each record to the one body (<see cref="Take"/>).</summary>
    internal async ValueTask<TRow?> ReadAsync(CancellationToken cancellationToken)
    {
        while (!_stopped && await source.ReadAsync(diagnostics, cancellationToken).ConfigureAwait(false))
        {
            if (Take() is { } row)
            {
                return row;
            }
        }

        return null;
    }

    // The one body of both loops: the source's current record made into a row, or null (a title, the header, a skipped or
    // refused record, or the record at which reading stops, which sets _stopped).
    private TRow? Take()
    {
        var cells = source.Cells;
        var line = source.Line;
        if (cells.Count > options.MaxColumns)
        {
            Error(DiagnosticCodes.TooManyColumns, line, null, cells.Count, options.MaxColumns);
            _stopped = _parser is null;
            return null;
        }

        if (TableRowReader.AllBlank(cells))
        {
            return null; // a blank line (or a line of empty cells) is not a row
        }

        if (_parser is null)
        {
            _stopped = !FindHeader(cells, line);
            return null;
        }

        if (proseBeforeTable && cells.Count == 1 && _parser.FieldCount > 1)
        {
            OneCell(cells[0], line);
            return null;
        }

        if (_ended)
        {
            Error(DiagnosticCodes.RowAfterTableEnd, line, Truncate(string.Join(" | ", cells)));
            return null;
        }

        if (_parser.IsRepeatedHeader(cells))
        {
            diagnostics.Add(Problems.Info(DiagnosticCodes.RepeatedHeader, line, null, null));
            return null;
        }

        if (TooLong(cells, line))
        {
            return null;
        }

        if (++_dataRows > options.MaxRows)
        {
            Error(DiagnosticCodes.TooManyRows, line, null, options.MaxRows);
            _stopped = true;
            return null;
        }

        var first = diagnostics.Count;
        var parsed = _parser.Parse(cells, line, diagnostics);
        AddCellReferences(first);
        if (parsed is null)
        {
            return null;
        }

        if (_parser.UniqueDepartment(parsed) is { } department && !_departments.Add(TableRowReader.Fingerprint(department.Code)))
        {
            // Kept (the audit names it too), but an error: ImportResult.ToTable refuses to rank a department twice.
            Error(Messages.DuplicateDepartmentImport, line, department.Name, department.Name);
        }

        RowCount++;
        return parsed;
    }

    /// <summary>Reports a table that never started or has no rows; call once, after <see cref="TryRead"/> returned false (or <see cref="ReadAsync"/> null).</summary>
    internal void Complete()
    {
        if (diagnostics.Any(d => d.IsError && d.Code != DiagnosticCodes.DuplicateDepartment))
        {
            return; // the error already says why there is nothing (or less)
        }

        if (_parser is null)
        {
            Error(proseBeforeTable ? DiagnosticCodes.TableNotFound : DiagnosticCodes.NoHeader, null, null);
        }
        else if (_dataRows == 0 && mapping.RowsRequired)
        {
            Error(DiagnosticCodes.NoDataRows, _headerLine, null);
        }
    }

    private bool FindHeader(IReadOnlyList<string> cells, int line)
    {
        var nonEmpty = cells.Count(c => !string.IsNullOrWhiteSpace(c));
        if (nonEmpty == 1)
        {
            var text = cells.First(c => !string.IsNullOrWhiteSpace(c)).Trim();
            if (IsTitle(text))
            {
                Title = text;
                TitlePeriod = AssessmentTableReader.PeriodIn(text) ?? TitlePeriod;
            }

            return true; // a title, or prose before the table
        }

        if (proseBeforeTable && !mapping.LooksLikeHeader(cells))
        {
            return true; // prose with separators in a report text
        }

        _headerLine = line;
        _parser = mapping.TryCreate(cells, line, diagnostics, options, source is DelimitedTableSource or ReportTextSource);
        return _parser is not null;
    }

    // A record of one cell inside the table: a row typed with spaces, or prose that ends the table.
    private void OneCell(string text, int line)
    {
        if (LooksLikeSpacedRow(text))
        {
            Error(_ended ? DiagnosticCodes.RowAfterTableEnd : DiagnosticCodes.RowNotDelimited, line, Truncate(text));
            return;
        }

        if (!_ended)
        {
            _ended = true;
            diagnostics.Add(Problems.Info(DiagnosticCodes.TableEnded, line, null, Truncate(text), line));
        }
    }

    // Three or more space-separated words of which at least two are numbers and one is not: "2 交通运输厅 100 0 19 119".
    private static bool LooksLikeSpacedRow(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 3)
        {
            return false;
        }

        var numbers = words.Count(w => ScoreText.TryParse(w, out _));
        return numbers >= 2 && numbers < words.Length;
    }

    private bool TooLong(IReadOnlyList<string> cells, int line)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length > options.MaxFieldLength)
            {
                diagnostics.Add(Problems.Error(DiagnosticCodes.FieldTooLong, line, null, Truncate(cells[i]), options.MaxFieldLength) with
                {
                    Cell = source.CellReference(i),
                });
                return true;
            }
        }

        return false;
    }

    // Names the cell of each diagnostic the parser just made about a column, when the source has cell addresses.
    private void AddCellReferences(int first)
    {
        for (var i = first; i < diagnostics.Count; i++)
        {
            if (diagnostics[i] is { Column: { } column, Cell: null } d && _parser!.IndexOf(column) is >= 0 and var index && source.CellReference(index) is { } cell)
            {
                diagnostics[i] = d with { Cell = cell };
            }
        }
    }

    private static bool IsTitle(string text) => text.Contains("考核", StringComparison.Ordinal)
        && (text.Contains("结果", StringComparison.Ordinal) || text.Contains("排名", StringComparison.Ordinal) || text.Contains("得分", StringComparison.Ordinal));

    private void Error(string key, int? line, string? raw, params object?[] args) =>
        diagnostics.Add(Problems.Error(key, line, null, raw, args));

    private static string Truncate(string s) => DelimitedTableSource.Truncate(s);
}

/// <summary>What the row loops share that does not depend on the kind of row.</summary>
internal static class TableRowReader
{
    /// <summary>
    /// A 128-bit fingerprint of a department's identity, so the duplicate check keeps 16 bytes a department and no string
    /// (a national roll-up streamed through ReadEach keeps nothing else). Two 64-bit multiply-xorshift hashes with
    /// different seeds, over four UTF-16 units a step; two different codes share both with a chance of about n² / 2^129
    /// (below 10^-24 for 10^7 rows).
    /// </summary>
    internal static UInt128 Fingerprint(string code)
    {
        ulong a = 0x9E3779B97F4A7C15, b = 0xC2B2AE3D27D4EB4F ^ (ulong)code.Length;
        var chars = code.AsSpan();
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(chars); // four UTF-16 units a step
        foreach (var w in words)
        {
            Step(ref a, ref b, w);
        }

        foreach (var c in chars[(words.Length * 4)..])
        {
            Step(ref a, ref b, c);
        }

        return new UInt128(Mix(a), Mix(b ^ a));
    }

    private static void Step(ref ulong a, ref ulong b, ulong w)
    {
        a = (a ^ w) * 0x100000001B3;
        a ^= a >> 29;
        b = (b + w) * 0xFF51AFD7ED558CCD;
        b ^= b >> 32;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCD;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53;
        return x ^ (x >> 33);
    }

    internal static bool AllBlank(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++) // indexed: a foreach over the interface would allocate an enumerator a record
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return false;
            }
        }

        return true;
    }
}
