using System.Text;
using WindowScoring.Import;

namespace WindowScoring.Rules;

/// <summary>
/// Reads event logs (inspectors' records) from CSV/TSV files with the table reader's conventions: the separator
/// detected among tab, comma and semicolon, columns found by header with Chinese and English aliases (部门/department,
/// 日期/date, 规则/rule, 类型/kind, 类别/category, 分值/value, 数量/quantity, 人员/person, 角色/role, 状态/status,
/// 备注/note, 部门代码/code), encodings detected (UTF-8, UTF-16 with BOM, GB18030), full-width digits folded, and every
/// problem a line-numbered diagnostic. Dates: 2023-11-03, 2023/11/3, 2023.11.3, 20231103, 2023年11月3日. Statuses:
/// 已审核/通过/approved, 已记录/待审核/recorded, 申诉中/appealed, 驳回/不予认定/rejected; a log without a status column
/// is taken as approved (an info diagnostic says so).
/// </summary>
/// <remarks>Stateless; safe to share between threads.</remarks>
public sealed class EventLogReader
{
    /// <summary>Creates a reader whose calls use <paramref name="defaults"/> when no options are passed.</summary>
    /// <param name="defaults">The default options (limits, encoding, separator); <see cref="ImportOptions.Default"/> when null.</param>
    public EventLogReader(ImportOptions? defaults = null)
    {
        Defaults = defaults ?? ImportOptions.Default;
    }

    /// <summary>A reader with <see cref="ImportOptions.Default"/>.</summary>
    public static EventLogReader Default { get; } = new();

    /// <summary>The options used when a call passes none.</summary>
    public ImportOptions Defaults { get; }

    /// <summary>Reads an event log file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public EventLogResult Read(string path, ImportOptions? options = null)
    {
        using var stream = File.OpenRead(Preconditions.CheckNotNull(path));
        return Read(stream, options);
    }

    /// <summary>Reads an event log from bytes, detecting the encoding unless the options set one.</summary>
    /// <param name="stream">The stream; read to its end (or a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public EventLogResult Read(Stream stream, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        options ??= Defaults;
        var diagnostics = new List<Diagnostic>();
        using var reader = TextDecoding.Probe(stream, options, diagnostics).OpenText(leaveOpen: true, InputText.MaxLineChars(options));
        return Read(reader, options, diagnostics, () => reader.InvalidLine);
    }

    /// <summary>Reads an event log from text.</summary>
    /// <param name="reader">The text; read to its end (or a limit) and left open.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public EventLogResult Read(TextReader reader, ImportOptions? options = null) =>
        Read(Preconditions.CheckNotNull(reader), options ?? Defaults, [], null);

    /// <summary>Reads an event log from a string (convenient in tests and LINQPad).</summary>
    /// <param name="text">The whole log.</param>
    /// <param name="options">Options; <see cref="Defaults"/> when null.</param>
    /// <returns>The events and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public EventLogResult ReadText(string text, ImportOptions? options = null)
    {
        using var reader = new StringReader(Preconditions.CheckNotNull(text));
        return Read(reader, options);
    }

    private static EventLogResult Read(TextReader reader, ImportOptions options, List<Diagnostic> diagnostics, Func<int?>? invalidLine)
    {
        var parser = new EventRowParser(options, diagnostics);
        var (replay, firstLine) = InputText.Prepare(reader, options);
        new CsvTableSession(replay, null, options, parser, options.Delimiter ?? InputText.DetectDelimiter(firstLine)).Run();
        InputText.ReportInvalid(invalidLine?.Invoke(), diagnostics, options);
        if (replay.BudgetExceeded)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InputTooLarge, DiagnosticSeverity.Error, null, null, null, ImportText.Pick(options, $"The input is larger than {options.MaxBytes} characters (ImportOptions.MaxBytes); reading stopped there.", $"文件超过 {options.MaxBytes} 个字符（ImportOptions.MaxBytes）；在此停止读取。")));
        }

        return new EventLogResult(parser.Events.ToArray(), diagnostics.ToArray());
    }
}
