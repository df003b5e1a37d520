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

    private static readonly Dictionary<string, EventStatus> Statuses = HeaderColumns.Words(
        (EventStatus.Approved, ["已审核", "审核通过", "通过", "已通过", "approved"]),
        (EventStatus.Recorded, ["已记录", "待审核", "记录", "recorded", "pending"]),
        (EventStatus.Appealed, ["申诉中", "申诉", "已申诉", "appealed"]),
        (EventStatus.Rejected, ["驳回", "已驳回", "不予认定", "rejected"]));

    private static readonly Dictionary<string, EventRole> Roles = HeaderColumns.Words(
        (EventRole.Window, ["窗口", "window"]),
        (EventRole.ChiefRepresentative, ["首席代表", "首席", "chiefrepresentative", "chief"]),
        (EventRole.Staff, ["工作人员", "人员", "staff"]));

    private static readonly Dictionary<string, RuleKind> Kinds = HeaderColumns.Words(
        (RuleKind.Deduction, ["扣分", "减分", "deduction"]),
        (RuleKind.Bonus, ["加分", "bonus"]));

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    private readonly ImportOptions _options;
    private readonly HeaderColumns _columns;
    private ICollection<Diagnostic> _diagnostics = [];
    private int _errors; // errors of the current row

    private readonly bool _escaped; // text cells carry the formula escape (FormulaEscape)

    private EventRowParser(HeaderColumns columns, ImportOptions options, bool escaped)
    {
        _columns = columns;
        _options = options;
        _escaped = escaped;
    }

    /// <summary>The event log's columns and row mapping, for the row loop.</summary>
    internal static IRowMapping<AssessmentEvent> Mapping { get; } = new EventMapping();

    /// <inheritdoc />
    public int FieldCount => _columns.Headers.Length;

    /// <inheritdoc />
    public int IndexOf(string header) => Array.IndexOf(_columns.Headers, header);

    /// <inheritdoc />
    public Department? UniqueDepartment(AssessmentEvent row) => null; // a department has any number of events

    /// <inheritdoc />
    public bool IsRepeatedHeader(IReadOnlyList<string> cells) => _columns.IsRepeatedHeader(cells);

    /// <summary>Builds a parser for a header row, or reports why the header cannot be used.</summary>
    private static EventRowParser? TryCreate(IReadOnlyList<string> fields, int line, ICollection<Diagnostic> diagnostics, ImportOptions options, bool escaped)
    {
        if (HeaderColumns.Resolve(Columns, fields, line, diagnostics) is not { } columns)
        {
            return null;
        }

        var headers = columns.Headers;
        var hasAdHoc = columns.Has(ColumnCatalogue.Kind) && columns.Has(ColumnCatalogue.Category) && columns.Has(ColumnCatalogue.Value);
        if (!columns.Has(ColumnCatalogue.Department) || !columns.Has(ColumnCatalogue.Date) || !(columns.Has(ColumnCatalogue.Rule) || hasAdHoc))
        {
            diagnostics.Add(Problems.Error(Messages.MissingColumnsEventLog, line, null, string.Join(" | ", headers),
                string.Join(", ", headers.Select(h => "'" + h + "'"))));
            return null;
        }

        if (!columns.Has(ColumnCatalogue.Status))
        {
            diagnostics.Add(Problems.Info(DiagnosticCodes.StatusAssumed, line, null, null));
        }

        return new EventRowParser(columns, options, escaped);
    }

    /// <inheritdoc />
    public AssessmentEvent? Parse(IReadOnlyList<string> fields, int line, ICollection<Diagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
        _errors = 0;
        if (_columns.WrongFieldCount(fields))
        {
            Error(DiagnosticCodes.FieldCount, line, string.Join(" | ", fields), FieldCount, fields.Count);
            return null;
        }

        if (CellText.ReportNotText(fields, _columns.Headers, line, diagnostics))
        {
            return null;
        }

        var name = FormulaEscape.Unescape(Cell(fields, ColumnCatalogue.Department), _escaped);
        var code = FormulaEscape.Unescape(Cell(fields, ColumnCatalogue.Code), _escaped);
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
        _diagnostics.Add(Problems.Error(key, line, column is null ? null : _columns.Heading(column), raw, args));
    }

    private string Cell(IReadOnlyList<string> fields, ColumnDefinition column) => _columns.Cell(fields, column);

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
        if (!_columns.TryWord(fields, column, words, missing, out var value, out var text))
        {
            ErrorAt(column, DiagnosticCodes.ValueUnknown, line, text, string.Join(", ", words.Keys));
        }

        return value;
    }

    private sealed class EventMapping : IRowMapping<AssessmentEvent>
    {
        public bool RowsRequired => false; // a quiet month has no events

        public bool LooksLikeHeader(IReadOnlyList<string> cells) => cells.Any(c => Columns.Classify(c) == ColumnCatalogue.Department);

        public IRowParser<AssessmentEvent>? TryCreate(IReadOnlyList<string> cells, int line, ICollection<Diagnostic> diagnostics, ImportOptions options, bool escaped) =>
            EventRowParser.TryCreate(cells, line, diagnostics, options, escaped);
    }
}
