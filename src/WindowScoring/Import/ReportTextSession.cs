using System.Globalization;

namespace WindowScoring.Import;

/// <summary>
/// Reads the appendix table of a whole report text line by line, splitting on the delimiter without quoting, as
/// text pasted out of a printed report has it: the appendix title comes first (its period is taken), then the
/// header, then rows until the first line with no field separator.
/// </summary>
internal sealed class ReportTextSession(TextReader reader, ImportOptions options, TableAssembler table)
{
    private readonly BoundedLineReader _lines = new(reader, (int)Math.Min(int.MaxValue / 2, (long)options.MaxFieldLength * 64));
    private char _delimiter;

    internal int LineNumber => _lines.LineNumber;

    internal string? Title { get; private set; }

    internal AssessmentPeriod? TitlePeriod { get; private set; }

    /// <summary>Reads the table that follows the title line in the report's prose.</summary>
    internal void Run()
    {
        string? text;
        while ((text = _lines.ReadLine(out var overlong)) is not null)
        {
            var line = _lines.LineNumber;
            if (overlong)
            {
                // The rest of the line is not read (it may never end): stop here, as the delimited path does.
                table.Error(DiagnosticCodes.FieldTooLong, line, null, ImportText.Pick(options, $"The line is longer than {_lines.MaxLineLength} characters; reading stopped at this line.", $"此行超过 {_lines.MaxLineLength} 个字符；在此行停止读取。"));
                return;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!table.HasHeader)
            {
                if (!FindHeader(text, line))
                {
                    return;
                }

                continue;
            }

            var fields = text.Split(_delimiter);
            if (fields.Length == 1)
            {
                table.Diagnostics.Add(new Diagnostic(DiagnosticCodes.TableEnded, DiagnosticSeverity.Info, line, null, TableAssembler.Truncate(text),
                    ImportText.Pick(options,
                        $"The table ends before line {line.ToString(CultureInfo.InvariantCulture)} (a line with no field separator); the rest of the report is not read.",
                        $"表格在第 {line.ToString(CultureInfo.InvariantCulture)} 行之前结束（该行没有分隔符）；报告其余部分不读取。")));
                return;
            }

            if (!table.Add(fields, line))
            {
                return;
            }
        }

        if (!table.HasHeader && !table.Diagnostics.Any(d => d.IsError))
        {
            table.Error(DiagnosticCodes.TableNotFound, null, null, ImportText.Pick(options, "No table found: expected a title line such as '2023年11月…窗口考核结果' followed by a header row.", "未找到表格：应有“2023年11月…窗口考核结果”这样的标题行，其后是表头行。"));
        }
    }

    /// <summary>Handles a line before the header; returns false when reading must stop.</summary>
    private bool FindHeader(string text, int line)
    {
        if (IsTitle(text))
        {
            Title = text.Trim();
            TitlePeriod = AssessmentTableReader.PeriodIn(text) ?? TitlePeriod;
            return true;
        }

        if (Title is null)
        {
            return true; // report prose before the appendix title
        }

        var delimiter = options.Delimiter ?? InputText.DetectDelimiter(text);
        var fields = text.Split(delimiter);
        if (!TableRowParser.LooksLikeHeader(fields))
        {
            return true; // prose between the title and the table
        }

        _delimiter = delimiter;
        return table.Start(fields, line);
    }

    private static bool IsTitle(string text) => text.Contains("考核", StringComparison.Ordinal)
        && (text.Contains("结果", StringComparison.Ordinal) || text.Contains("排名", StringComparison.Ordinal) || text.Contains("得分", StringComparison.Ordinal))
        && !text.Contains('\t', StringComparison.Ordinal);
}
