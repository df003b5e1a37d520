using System.Globalization;
using WindowScoring.Domain;

namespace WindowScoring.Import;

/// <summary>One read of one table text: finds the header (or the report title, then the header) and parses every line after it.</summary>
internal sealed class ReadSession
{
    private static readonly char[] CandidateDelimiters = ['\t', ',', ';'];

    private readonly ImportOptions _options;
    private readonly List<Diagnostic> _diagnostics;
    private TableRowParser? _parser;
    private char _delimiter;
    private bool _reportMode;
    private int _dataRows;

    internal ReadSession(TextReader reader, ImportOptions options, List<Diagnostic> diagnostics)
    {
        _options = options;
        _diagnostics = diagnostics;
        var maxLine = (int)Math.Min(int.MaxValue / 2, (long)options.MaxFieldLength * 64);
        Lines = new BoundedLineReader(reader, maxLine, options.MaxBytes);
    }

    internal BoundedLineReader Lines { get; }

    internal List<ImportedRow> Rows { get; } = [];

    internal string? Title { get; private set; }

    internal AssessmentPeriod? TitlePeriod { get; private set; }

    internal void Run()
    {
        var decided = _options.Format != TableFormat.Auto;
        _reportMode = _options.Format == TableFormat.ReportText;
        string? text;
        while ((text = Lines.ReadLine(out var overlong)) is not null)
        {
            var line = Lines.LineNumber;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!decided)
            {
                decided = true;
                _reportMode = !TableRowParser.LooksLikeHeader(Split(text, _options.Delimiter ?? DetectDelimiter(text)));
            }

            if (_parser is null)
            {
                if (!_reportMode && overlong)
                {
                    Add(DiagnosticCodes.FieldTooLong, line, null, $"The header line is longer than {Lines.MaxLineLength} characters; reading stopped.");
                    return;
                }

                if (!FindHeader(text, line))
                {
                    return;
                }

                continue;
            }

            if (overlong)
            {
                Add(DiagnosticCodes.FieldTooLong, line, null, $"The line is longer than {Lines.MaxLineLength} characters; the row is not used.");
                continue;
            }

            var fields = Split(text, _delimiter);
            if (_reportMode && fields.Length == 1)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.TableEnded, DiagnosticSeverity.Info, line, null, Truncate(text),
                    $"The table ends before line {line.ToString(CultureInfo.InvariantCulture)} (a line with no field separator); the rest of the report is not read."));
                return;
            }

            if (_parser.IsRepeatedHeader(fields))
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.RepeatedHeader, DiagnosticSeverity.Info, line, null, null,
                    "A repeated header row (a table broken across pages) was skipped."));
                continue;
            }

            if (fields.FirstOrDefault(f => f.Length > _options.MaxFieldLength) is { } longField)
            {
                Add(DiagnosticCodes.FieldTooLong, line, Truncate(longField), $"A field is longer than {_options.MaxFieldLength} characters (ImportOptions.MaxFieldLength); the row is not used.");
                continue;
            }

            if (++_dataRows > _options.MaxRows)
            {
                Add(DiagnosticCodes.TooManyRows, line, null, $"The input has more than {_options.MaxRows} rows (ImportOptions.MaxRows); reading stopped at this line.");
                return;
            }

            if (_parser.Parse(fields, line, _diagnostics) is { } row)
            {
                Rows.Add(row);
            }
        }

        if (Lines.BudgetExceeded)
        {
            Add(DiagnosticCodes.InputTooLarge, Lines.LineNumber, null, $"The input is larger than {_options.MaxBytes} bytes (ImportOptions.MaxBytes); reading stopped at this line.");
        }

        if (_parser is null && !_diagnostics.Any(d => d.IsError))
        {
            if (_reportMode)
            {
                Add(DiagnosticCodes.TableNotFound, null, null, "No table found: expected a title line such as '2023年11月…窗口考核结果' followed by a header row.");
            }
            else
            {
                Add(DiagnosticCodes.NoHeader, null, null, "The input is empty: expected a header row such as '序号, 部门窗口, 基础分, 减分, 加分, 实得分值'.");
            }
        }
    }

    /// <summary>Handles a line before the header; returns false when reading must stop.</summary>
    private bool FindHeader(string text, int line)
    {
        if (_reportMode && IsTitle(text))
        {
            Title = text.Trim();
            TitlePeriod = AssessmentTableReader.PeriodIn(text) ?? TitlePeriod;
            return true;
        }

        if (_reportMode && Title is null)
        {
            return true; // report prose before the appendix title
        }

        var delimiter = _options.Delimiter ?? DetectDelimiter(text);
        var fields = Split(text, delimiter);
        if (_reportMode && !TableRowParser.LooksLikeHeader(fields))
        {
            return true; // prose between the title and the table
        }

        _delimiter = delimiter;
        _parser = TableRowParser.TryCreate(fields, line, _diagnostics);
        return _parser is not null;
    }

    private static bool IsTitle(string text) => text.Contains("考核", StringComparison.Ordinal)
        && (text.Contains("结果", StringComparison.Ordinal) || text.Contains("排名", StringComparison.Ordinal) || text.Contains("得分", StringComparison.Ordinal))
        && !text.Contains('\t', StringComparison.Ordinal);

    internal static char DetectDelimiter(string headerLine)
    {
        var best = '\t';
        var bestCount = 0;
        foreach (var d in CandidateDelimiters)
        {
            var count = headerLine.AsSpan().Count(d);
            if (count > bestCount)
            {
                (best, bestCount) = (d, count);
            }
        }

        return best;
    }

    private static string[] Split(string line, char delimiter) => line.Split(delimiter);

    private static string Truncate(string s) => s.Length > 80 ? s[..80] + "…" : s;

    private void Add(string code, int? line, string? raw, string message) =>
        _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, line, null, raw, message));
}
