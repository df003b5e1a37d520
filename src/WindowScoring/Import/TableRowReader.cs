namespace WindowScoring.Import;

/// <summary>
/// The one row parser loop over any <see cref="ITableSource"/>: finds the title and the header, then turns each record
/// into a row or diagnostics, pulling one row at a time (so the sync, async and streaming reads share it).
/// </summary>
/// <remarks>
/// Before the header, a record of one non-empty cell is a title (kept when it names a 考核 result) or prose, and is
/// skipped; the first record that names the columns is the header. In a strict source (delimited text, a host's own)
/// the first record of two or more non-empty cells is taken as the header, so a wrong header is reported (WS113) rather
/// than skipped; a report text may have prose with separators before its table. After the header of a report text, a
/// record of one cell (no separator) either reads as a row whose cells are separated by spaces (WS134, an error; reading goes on) or is
/// prose that ends the table (WS119); every later record that looks like a row is then reported (WS135).
/// </remarks>
internal sealed class TableRowReader(ITableSource source, ImportOptions options, List<Diagnostic> diagnostics, bool proseBeforeTable)
{
    private readonly HashSet<UInt128> _departments = []; // a fingerprint per department, not its string (see Fingerprint)
    private TableRowParser? _parser;
    private int _headerLine;
    private bool _stopped;
    private bool _ended;
    private int _dataRows;

    internal string? Title { get; private set; }

    internal AssessmentPeriod? TitlePeriod { get; private set; }

    internal int RowCount { get; private set; }

    /// <summary>The next row; false at the end of the table (then <see cref="Complete"/> has reported what is missing).</summary>
    internal bool TryRead(out ImportedRow row)
    {
        row = null!;
        while (!_stopped && source.Read(diagnostics))
        {
            var cells = source.Cells;
            var line = source.Line;
            if (cells.Count > options.MaxColumns)
            {
                Error(DiagnosticCodes.TooManyColumns, line, null,
                    ImportText.Pick(options, $"The record has {cells.Count} cells, more than {options.MaxColumns} (ImportOptions.MaxColumns); it is not used.", $"此行有 {cells.Count} 个单元格，超过 {options.MaxColumns} 个（ImportOptions.MaxColumns）；未使用。"));
                _stopped = _parser is null;
                continue;
            }

            if (AllBlank(cells))
            {
                continue; // a blank line (or a line of empty cells) is not a row
            }

            if (_parser is null)
            {
                _stopped = !FindHeader(cells, line);
                continue;
            }

            if (proseBeforeTable && cells.Count == 1 && _parser.FieldCount > 1)
            {
                OneCell(cells[0], line);
                continue;
            }

            if (_ended)
            {
                Error(DiagnosticCodes.RowAfterTableEnd, line, Truncate(string.Join(" | ", cells)),
                    ImportText.Pick(options, "This line looks like a row but comes after the end of the table (a line of prose ended it); it is not used.", "此行像是表格行，但位于表格结束之后（前面的文字行结束了表格）；未使用。"));
                continue;
            }

            if (_parser.IsRepeatedHeader(cells))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.RepeatedHeader, DiagnosticSeverity.Info, line, null, null,
                    ImportText.Pick(options, "A repeated header row (a table broken across pages) was skipped.", "跳过重复的表头（表格跨页）。")));
                continue;
            }

            if (TooLong(cells, line))
            {
                continue;
            }

            if (++_dataRows > options.MaxRows)
            {
                Error(DiagnosticCodes.TooManyRows, line, null, ImportText.Pick(options, $"The input has more than {options.MaxRows} rows (ImportOptions.MaxRows); reading stopped at this line.", $"超过 {options.MaxRows} 行（ImportOptions.MaxRows）；在此行停止读取。"));
                _stopped = true;
                break;
            }

            var first = diagnostics.Count;
            var parsed = _parser.Parse(cells, line, diagnostics);
            AddCellReferences(first);
            if (parsed is null)
            {
                continue;
            }

            if (!_departments.Add(Fingerprint(parsed.Assessment.Department.Code)))
            {
                // Kept (the audit names it too), but an error: ImportResult.ToTable refuses to rank a department twice.
                diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateDepartment, DiagnosticSeverity.Error, line, null, parsed.Assessment.Department.Name,
                    ImportText.Pick(options, $"{parsed.Assessment.Department.Name} appears more than once in the table (a department is ranked once).", $"{parsed.Assessment.Department.Name} 在表中重复出现（每个部门只排名一次）。")));
            }

            RowCount++;
            row = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Reports a table that never started or has no rows; call once, after <see cref="TryRead"/> returned false.</summary>
    internal void Complete()
    {
        if (diagnostics.Any(d => d.IsError && d.Code != DiagnosticCodes.DuplicateDepartment))
        {
            return; // the error already says why there is nothing (or less)
        }

        if (_parser is null)
        {
            Error(proseBeforeTable ? DiagnosticCodes.TableNotFound : DiagnosticCodes.NoHeader, null, null, proseBeforeTable
                ? ImportText.Pick(options, "No table found: expected a title line such as '2023年11月…窗口考核结果' followed by a header row.", "未找到表格：应有“2023年11月…窗口考核结果”这样的标题行，其后是表头行。")
                : ImportText.Pick(options, "The input is empty: expected a header row.", "文件为空：应有表头行。"));
        }
        else if (_dataRows == 0)
        {
            Error(DiagnosticCodes.NoDataRows, _headerLine, null, ImportText.Pick(options, "The table has a header (this line) but no data rows.", "表格只有表头（此行），没有数据行。"));
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

        if (!TableRowParser.LooksLikeHeader(cells) && proseBeforeTable)
        {
            return true; // prose with separators in a report text
        }

        _headerLine = line;
        _parser = TableRowParser.TryCreate(cells, line, diagnostics, options);
        return _parser is not null;
    }

    // A record of one cell inside the table: a row typed with spaces, or prose that ends the table.
    private void OneCell(string text, int line)
    {
        if (LooksLikeSpacedRow(text))
        {
            Error(_ended ? DiagnosticCodes.RowAfterTableEnd : DiagnosticCodes.RowNotDelimited, line, Truncate(text), _ended
                ? ImportText.Pick(options, "This line looks like a row but comes after the end of the table (a line of prose ended it); it is not used.", "此行像是表格行，但位于表格结束之后（前面的文字行结束了表格）；未使用。")
                : ImportText.Pick(options, "This line reads as a row, but its cells are separated by spaces, not by the table's separator; it is not used. Separate its cells as the other rows do.", "此行像是表格行，但单元格之间用的是空格而不是表格的分隔符；未使用。请按其他行的方式分隔。"));
            return;
        }

        if (!_ended)
        {
            _ended = true;
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TableEnded, DiagnosticSeverity.Info, line, null, Truncate(text),
                ImportText.Pick(options,
                    $"The table ends before line {line} (a line with no field separator); later lines that look like rows are reported.",
                    $"表格在第 {line} 行之前结束（该行没有分隔符）；其后像表格行的行会逐一报告。")));
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
                diagnostics.Add(new Diagnostic(DiagnosticCodes.FieldTooLong, DiagnosticSeverity.Error, line, null, Truncate(cells[i]),
                    ImportText.Pick(options, $"A field is longer than {options.MaxFieldLength} characters (ImportOptions.MaxFieldLength); the row is not used.", $"有单元格超过 {options.MaxFieldLength} 个字符（ImportOptions.MaxFieldLength）；本行未使用。"))
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

    /// <summary>
    /// A 128-bit fingerprint of a department's identity, so the duplicate check keeps 16 bytes a department and no string
    /// (a national roll-up streamed through ReadEach keeps nothing else). Two 64-bit multiply-xorshift hashes with
    /// different seeds; two different codes share both with a chance of about n² / 2^129 (below 10^-24 for 10^7 rows).
    /// </summary>
    internal static UInt128 Fingerprint(string code)
    {
        ulong a = 0x9E3779B97F4A7C15, b = 0xC2B2AE3D27D4EB4F ^ (ulong)code.Length;
        foreach (var c in code)
        {
            a = (a ^ c) * 0x100000001B3;
            a ^= a >> 29;
            b = (b + c) * 0xFF51AFD7ED558CCD;
            b ^= b >> 32;
        }

        return new UInt128(Mix(a), Mix(b ^ a));
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
        foreach (var cell in cells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitle(string text) => text.Contains("考核", StringComparison.Ordinal)
        && (text.Contains("结果", StringComparison.Ordinal) || text.Contains("排名", StringComparison.Ordinal) || text.Contains("得分", StringComparison.Ordinal));

    private void Error(string code, int? line, string? raw, string message) =>
        diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, line, null, raw, message));

    private static string Truncate(string s) => DelimitedTableSource.Truncate(s);
}
