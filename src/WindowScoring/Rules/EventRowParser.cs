using System.Globalization;
using WindowScoring.Import;

namespace WindowScoring.Rules;

/// <summary>
/// The event log's part of the one row loop (<see cref="TableRowReader{TRow}"/>): its columns
/// (<see cref="ColumnCatalogue.EventLog"/>) and the mapping of a record to an <see cref="AssessmentEvent"/>. The loop, the
/// limits and their diagnostics are the table reader's. One instance per log.
/// </summary>
internal sealed class EventRowParser : IRowParser<AssessmentEvent>
{
    private static readonly ColumnSet Columns = new(ColumnCatalogue.EventLog);

    private static readonly Dictionary<string, EventStatus> Statuses = Words(
        (EventStatus.Approved, ["已审核", "审核通过", "通过", "已通过", "approved"]),
        (EventStatus.Recorded, ["已记录", "待审核", "记录", "recorded", "pending"]),
        (EventStatus.Appealed, ["申诉中", "申诉", "已申诉", "appealed"]),
        (EventStatus.Rejected, ["驳回", "已驳回", "不予认定", "rejected"]));

    private static readonly Dictionary<string, EventRole> Roles = Words(
        (EventRole.Window, ["窗口", "window"]),
        (EventRole.ChiefRepresentative, ["首席代表", "首席", "chiefrepresentative", "chief"]),
        (EventRole.Staff, ["工作人员", "人员", "staff"]));

    private static readonly Dictionary<string, RuleKind> Kinds = Words(
        (RuleKind.Deduction, ["扣分", "减分", "deduction"]),
        (RuleKind.Bonus, ["加分", "bonus"]));

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    private readonly ImportOptions _options;
    private readonly string[] _headers;
    private readonly string[] _headerKeys;
    private readonly Dictionary<ColumnDefinition, int> _columns;
    private ICollection<Diagnostic> _diagnostics = [];
    private int _errors; // errors of the current row

    private EventRowParser(string[] headers, Dictionary<ColumnDefinition, int> columns, ImportOptions options)
    {
        _headers = headers;
        _headerKeys = headers.Select(ColumnSet.Key).ToArray();
        _columns = columns;
        _options = options;
    }

    /// <summary>The event log's columns and row mapping, for the row loop.</summary>
    internal static IRowMapping<AssessmentEvent> Mapping { get; } = new EventMapping();

    /// <inheritdoc />
    public int FieldCount => _headers.Length;

    /// <inheritdoc />
    public int IndexOf(string header) => Array.IndexOf(_headers, header);

    /// <inheritdoc />
    public Department? UniqueDepartment(AssessmentEvent row) => null; // a department has any number of events

    /// <inheritdoc />
    public bool IsRepeatedHeader(IReadOnlyList<string> cells) =>
        cells.Count >= _headerKeys.Length && cells.Select((c, i) => i < _headerKeys.Length ? ColumnSet.Key(c) == _headerKeys[i] : c.Trim().Length == 0).All(same => same);

    /// <summary>Builds a parser for a header row, or reports why the header cannot be used.</summary>
    private static EventRowParser? TryCreate(IReadOnlyList<string> fields, int line, ICollection<Diagnostic> diagnostics, ImportOptions options)
    {
        var headers = fields.Select(f => f.Trim()).ToArray();
        if (Columns.Resolve(headers, line, diagnostics) is not { } kinds)
        {
            return null;
        }

        var columns = new Dictionary<ColumnDefinition, int>();
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is { } c)
            {
                columns[c] = i;
            }
        }

        var hasAdHoc = columns.ContainsKey(ColumnCatalogue.Kind) && columns.ContainsKey(ColumnCatalogue.Category) && columns.ContainsKey(ColumnCatalogue.Value);
        if (!columns.ContainsKey(ColumnCatalogue.Department) || !columns.ContainsKey(ColumnCatalogue.Date) || !(columns.ContainsKey(ColumnCatalogue.Rule) || hasAdHoc))
        {
            diagnostics.Add(Problems.Error(Messages.MissingColumnsEventLog, line, null, string.Join(" | ", headers),
                string.Join(", ", headers.Select(h => "'" + h + "'"))));
            return null;
        }

        if (!columns.ContainsKey(ColumnCatalogue.Status))
        {
            diagnostics.Add(Problems.Info(DiagnosticCodes.StatusAssumed, line, null, null));
        }

        return new EventRowParser(headers, columns, options);
    }

    /// <inheritdoc />
    public AssessmentEvent? Parse(IReadOnlyList<string> fields, int line, ICollection<Diagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
        _errors = 0;
        if (fields.Count < _headers.Length || fields.Skip(_headers.Length).Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            Error(DiagnosticCodes.FieldCount, line, string.Join(" | ", fields), _headers.Length, fields.Count);
            return null;
        }

        if (CellText.ReportNotText(fields, _headers, line, diagnostics))
        {
            return null;
        }

        var name = FormulaEscape.Unescape(Cell(fields, ColumnCatalogue.Department));
        var code = FormulaEscape.Unescape(Cell(fields, ColumnCatalogue.Code));
        if (name.Length == 0)
        {
            ErrorAt(ColumnCatalogue.Department, DiagnosticCodes.DepartmentMissing, line, null);
        }

        var dateText = TextFolding.Fold(Cell(fields, ColumnCatalogue.Date));
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ErrorAt(ColumnCatalogue.Date, DiagnosticCodes.DateInvalid, line, dateText);
        }

        var quantity = Number(fields, ColumnCatalogue.Quantity, line, 1m);
        var value = Number(fields, ColumnCatalogue.Value, line, null);
        var status = Word(fields, ColumnCatalogue.Status, Statuses, line, EventStatus.Approved);
        var role = Word(fields, ColumnCatalogue.Role, Roles, line, EventRole.Window);
        var ruleId = Cell(fields, ColumnCatalogue.Rule);
        RuleKind? kind = ruleId.Length == 0 && Cell(fields, ColumnCatalogue.Kind).Length > 0 ? Word(fields, ColumnCatalogue.Kind, Kinds, line, RuleKind.Deduction) : null;
        var category = Cell(fields, ColumnCatalogue.Category);
        if (ruleId.Length == 0 && (kind is null || category.Length == 0 || value is null) && _errors == 0)
        {
            Error(DiagnosticCodes.EventIncomplete, line, null);
        }

        if (quantity is <= 0m)
        {
            ErrorAt(ColumnCatalogue.Quantity, Messages.QuantityNotPositive, line, Cell(fields, ColumnCatalogue.Quantity));
        }

        if (value is < 0m)
        {
            ErrorAt(ColumnCatalogue.Value, Messages.ValueNegative, line, Cell(fields, ColumnCatalogue.Value));
        }

        if (_errors > 0)
        {
            return null;
        }

        var department = code.Length > 0 ? new Department(code, name) : Department.FromName(name);
        var note = Cell(fields, ColumnCatalogue.Note);
        var person = Cell(fields, ColumnCatalogue.Person);
        var e = ruleId.Length > 0
            ? new AssessmentEvent(department, date, ruleId, quantity!.Value, value)
            : AssessmentEvent.AdHoc(department, date, kind!.Value, category, value!.Value, quantity!.Value);
        return e with { Status = status, Role = role, Person = person.Length == 0 ? null : person, Note = note.Length == 0 ? null : note, Line = line };
    }

    private void Error(string key, int? line, string? raw, params object?[] args) => ErrorAt(null, key, line, raw, args);

    private void ErrorAt(ColumnDefinition? column, string key, int? line, string? raw, params object?[] args)
    {
        _errors++;
        _diagnostics.Add(Problems.Error(key, line, column is not null && _columns.TryGetValue(column, out var i) ? _headers[i] : null, raw, args));
    }

    private string Cell(IReadOnlyList<string> fields, ColumnDefinition column) => _columns.TryGetValue(column, out var i) ? fields[i].Trim() : string.Empty;

    private decimal? Number(IReadOnlyList<string> fields, ColumnDefinition column, int line, decimal? missing)
    {
        var text = Cell(fields, column);
        if (text.Length == 0)
        {
            return missing;
        }

        if (ScoreText.TryParse(text, out var value))
        {
            return value;
        }

        ErrorAt(column, Messages.EventNumber, line, text);
        return null;
    }

    private T Word<T>(IReadOnlyList<string> fields, ColumnDefinition column, Dictionary<string, T> words, int line, T missing)
    {
        var text = Cell(fields, column);
        if (text.Length == 0)
        {
            return missing;
        }

        if (words.TryGetValue(ColumnSet.Key(text), out var value))
        {
            return value;
        }

        ErrorAt(column, DiagnosticCodes.ValueUnknown, line, text, string.Join(", ", words.Keys));
        return missing;
    }

    private static Dictionary<string, T> Words<T>(params (T Value, string[] Names)[] groups) =>
        groups.SelectMany(g => g.Names.Select(n => (Key: ColumnSet.Key(n), g.Value))).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);

    private sealed class EventMapping : IRowMapping<AssessmentEvent>
    {
        public bool RowsRequired => false; // a quiet month has no events

        public bool LooksLikeHeader(IReadOnlyList<string> cells) => cells.Any(c => Columns.Classify(c) == ColumnCatalogue.Department);

        public IRowParser<AssessmentEvent>? TryCreate(IReadOnlyList<string> cells, int line, ICollection<Diagnostic> diagnostics, ImportOptions options) =>
            EventRowParser.TryCreate(cells, line, diagnostics, options);
    }
}
