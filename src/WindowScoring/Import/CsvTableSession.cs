using CsvHelper;

namespace WindowScoring.Import;

/// <summary>
/// Reads a delimited table (RFC 4180: quoted fields with separators, doubled quotes and line breaks)
/// through CsvHelper 34, which stays internal: no CsvHelper type leaves this class. Reads text, or UTF-8 bytes
/// directly to spare a decode and re-encode; then every cell used is decoded strictly (<see cref="Utf8Cells"/>) and the
/// first record with bytes that are not UTF-8 ends the read (<see cref="InvalidLine"/>).
/// </summary>
internal sealed class CsvTableSession(TextReader? reader, Stream? utf8, ImportOptions options, IRecordSink table, char delimiter)
{
    private readonly List<CsvMalformedRecord> _malformed = [];
    private char[] _chars = []; // for decoding cells from bytes, kept for the whole table

    /// <summary>The line of the first byte that is not valid UTF-8 (bytes input only); null while every cell used is valid.</summary>
    internal int? InvalidLine { get; private set; }

    internal void Run()
    {
        var maxRecordChars = (long)options.MaxFieldLength * 64;
        var csvOptions = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = (int)Math.Min(int.MaxValue, maxRecordChars * 3),
            OnMalformedRecord = _malformed.Add,
            PoolStrings = true, // cells such as "100", "0", "-0.5" repeat on every row: one string each, not one per cell
        };

        using var csv = utf8 is not null
            ? CsvReader.Create(utf8, csvOptions with { Encoding = System.Text.Encoding.UTF8 }, leaveOpen: true)
            : CsvReader.Create(reader!, csvOptions, leaveOpen: true);
        // The loop body is a method of its own: called once per record, it is compiled fully optimised, where a loop
        // running once per table would only get on-stack-replacement code.
        string[] fields = [];
        Step step;
        while ((step = NextRecord(csv, ref fields, maxRecordChars)) == Step.Next)
        {
        }

        if (step == Step.Stopped)
        {
            return;
        }

        if (!table.HasHeader && !table.Diagnostics.Any(d => d.IsError))
        {
            table.Error(DiagnosticCodes.NoHeader, null, null, ImportText.Pick(options, "The input is empty: expected a header row.", "文件为空：应有表头行。"));
        }
    }

    private enum Step
    {
        Next,
        End,
        Stopped,
    }

    // Reads and takes one record: Next to go on, End at the end of the input, Stopped when reading must stop here.
    private Step NextRecord(CsvReader csv, ref string[] fields, long maxRecordChars)
    {
        try
        {
            if (!csv.Read())
            {
                return Step.End;
            }
        }
        catch (CsvFormatException e)
        {
            // Only an over-long record is not recoverable in CsvHelper 34; stop there.
            table.Error(DiagnosticCodes.FieldTooLong, LineOf(e.LineNumber), null,
                ImportText.Pick(options, $"A record is longer than {maxRecordChars} characters; reading stopped at this line.", $"有一行超过 {maxRecordChars} 个字符；在此行停止读取。"));
            return Step.Stopped;
        }

        var line = LineOf(csv.LineNumber);
        if (_malformed.Count == 0 && table.HasHeader && table.TryAddCommon(csv, line, utf8 is not null))
        {
            return Step.Next; // the common record: no cells materialised that are not kept
        }

        if (fields.Length != csv.FieldCount)
        {
            fields = new string[csv.FieldCount];
        }

        if (!Materialise(csv, fields, line))
        {
            return Step.Stopped; // bytes that are not UTF-8: the read ends before this record (reported by the caller)
        }

        if (_malformed.Count > 0 && !ReportMalformed(line))
        {
            return Step.Next;
        }

        if (!table.HasHeader)
        {
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                return Step.Next;
            }

            return table.Start(fields, line) ? Step.Next : Step.Stopped;
        }

        return table.Add(fields, line) ? Step.Next : Step.Stopped;
    }

    // The cells of the record as text; false (with InvalidLine set) when bytes input has a cell that is not UTF-8.
    private bool Materialise(CsvReader csv, string[] fields, int line)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (utf8 is null)
            {
                fields[i] = csv.GetString(i);
            }
            else if (Utf8Cells.TryDecode(csv.GetSpan(i), ref _chars) is { } text)
            {
                fields[i] = text;
            }
            else
            {
                InvalidLine = Utf8Cells.LineOfFirstInvalid(csv, line);
                return false;
            }
        }

        return true;
    }

    /// <summary>Reports malformed-record notices; returns false when the record must not be used.</summary>
    private bool ReportMalformed(int line)
    {
        var usable = true;
        foreach (var m in _malformed)
        {
            var raw = TableAssembler.Truncate(m.RawRecord);
            switch (m.Reason)
            {
                case CsvMalformedReason.UnterminatedQuote:
                    table.Error(DiagnosticCodes.MalformedRecord, line, raw,
                        ImportText.Pick(options, $"A quoted field opened on line {line} is never closed; everything from line {line} to the end of the input is in this record, which is not used.", $"第 {line} 行的引号没有闭合；从第 {line} 行到文件末尾都落在这一条记录里，该记录未使用。"));
                    usable = false;
                    break;
                case CsvMalformedReason.StrayQuote:
                case CsvMalformedReason.TextAfterClosingQuote:
                    table.Diagnostics.Add(new Diagnostic(DiagnosticCodes.MalformedRecord, DiagnosticSeverity.Warning, line, null, raw,
                        m.Reason == CsvMalformedReason.StrayQuote
                            ? ImportText.Pick(options, "A quote inside an unquoted field; the field is read with the quote as text.", "未加引号的单元格中有引号；按文字读取。")
                            : ImportText.Pick(options, "Text after the closing quote of a quoted field; the field is read with that text appended.", "引号闭合后还有文字；连同该文字一起读取。")));
                    break;
                default:
                    table.Error(DiagnosticCodes.MalformedRecord, line, raw, ImportText.Pick(options, $"Malformed record ({m.Reason}); the record is not used.", $"记录格式错误（{m.Reason}）；该记录未使用。"));
                    usable = false;
                    break;
            }
        }

        _malformed.Clear();
        return usable;
    }

    private static int LineOf(long line) => (int)Math.Min(int.MaxValue, Math.Max(1, line));
}
