using System.Globalization;

using WindowScoring.Import;

namespace WindowScoring.Rules;

/// <summary>Turns the records of an event log (header first) into <see cref="AssessmentEvent"/>s and diagnostics.</summary>
internal sealed class EventRowParser(ImportOptions options, List<Diagnostic> diagnostics)
{
    private enum Column
    {
        Extra = 0,
        Department,
        Code,
        Date,
        Rule,
        Kind,
        Category,
        Value,
        Quantity,
        Person,
        Role,
        Status,
        Note,
    }

    private static readonly (Column Column, string[] Names)[] Headings =
    [
        (Column.Department, ["部门", "单位", "部门窗口", "窗口", "部门名称", "department", "dept", "window"]),
        (Column.Code, ["部门代码", "单位代码", "代码", "code"]),
        (Column.Date, ["日期", "时间", "发生日期", "date"]),
        (Column.Rule, ["规则", "规则编号", "细则编号", "条款", "rule", "ruleid"]),
        (Column.Kind, ["类型", "加减分", "kind"]),
        (Column.Category, ["类别", "考核类别", "category"]),
        (Column.Value, ["分值", "单次分值", "value", "points"]),
        (Column.Quantity, ["数量", "次数", "人次", "quantity", "qty"]),
        (Column.Person, ["人员", "姓名", "person"]),
        (Column.Role, ["角色", "身份", "role"]),
        (Column.Status, ["状态", "审核状态", "status"]),
        (Column.Note, ["备注", "说明", "证据", "note", "evidence"]),
    ];

    private static readonly Dictionary<string, Column> Aliases = Build(Headings);

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

    private Dictionary<Column, int>? _columns;
    private int _errors; // errors reported so far (counted, not scanned: a log of bad rows stays linear)
    private string[] _headers = [];
    private int _rows;

    public List<Diagnostic> Diagnostics => diagnostics;

    public List<AssessmentEvent> Events { get; } = [];

    public bool HasHeader => _columns is not null;

    public bool Start(string[] fields, int line)
    {
        _headers = fields.Select(f => f.Trim()).ToArray();
        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < _headers.Length; i++)
        {
            if (Aliases.TryGetValue(ColumnAliases.Key(_headers[i]), out var c) && !columns.TryAdd(c, i))
            {
                Error(Messages.DuplicateColumnEventLog, line, _headers[i], Heading(c), columns[c] + 1, i + 1);
                return false;
            }
        }

        var hasAdHoc = columns.ContainsKey(Column.Kind) && columns.ContainsKey(Column.Category) && columns.ContainsKey(Column.Value);
        if (!columns.ContainsKey(Column.Department) || !columns.ContainsKey(Column.Date) || !(columns.ContainsKey(Column.Rule) || hasAdHoc))
        {
            Error(Messages.MissingColumnsEventLog, line, string.Join(" | ", _headers), string.Join(", ", _headers.Select(h => "'" + h + "'")));
            return false;
        }

        if (!columns.ContainsKey(Column.Status))
        {
            diagnostics.Add(Problems.Info(DiagnosticCodes.StatusAssumed, line, null, null));
        }

        _columns = columns;
        return true;
    }


    public bool Add(string[] fields, int line)
    {
        if (TableRowReader.AllBlank(fields))
        {
            return true;
        }

        if (++_rows > options.MaxRows)
        {
            Error(Messages.TooManyRowsEventLog, line, null, options.MaxRows);
            return false;
        }

        if (fields.Length < _headers.Length || fields.Skip(_headers.Length).Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            Error(DiagnosticCodes.FieldCount, line, string.Join(" | ", fields), _headers.Length, fields.Length);
            return true;
        }

        if (fields.FirstOrDefault(f => f.Length > options.MaxFieldLength) is { } longField)
        {
            Error(DiagnosticCodes.FieldTooLong, line, DelimitedTableSource.Truncate(longField), options.MaxFieldLength);
            return true;
        }

        var errors = _errors;
        var name = FormulaEscape.Unescape(Cell(fields, Column.Department));
        var code = FormulaEscape.Unescape(Cell(fields, Column.Code));
        if (name.Length == 0)
        {
            ErrorAt(Column.Department, DiagnosticCodes.DepartmentMissing, line, null);
        }

        var dateText = TextFolding.Fold(Cell(fields, Column.Date));
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ErrorAt(Column.Date, DiagnosticCodes.DateInvalid, line, dateText);
        }

        var quantity = Number(fields, Column.Quantity, line, 1m);
        var value = Number(fields, Column.Value, line, null);
        var status = Word(fields, Column.Status, Statuses, line, EventStatus.Approved);
        var role = Word(fields, Column.Role, Roles, line, EventRole.Window);
        var ruleId = Cell(fields, Column.Rule);
        RuleKind? kind = ruleId.Length == 0 && Cell(fields, Column.Kind).Length > 0 ? Word(fields, Column.Kind, Kinds, line, RuleKind.Deduction) : null;
        var category = Cell(fields, Column.Category);
        if (ruleId.Length == 0 && (kind is null || category.Length == 0 || value is null) && _errors == errors)
        {
            Error(DiagnosticCodes.EventIncomplete, line, null);
        }

        if (quantity is <= 0m)
        {
            ErrorAt(Column.Quantity, Messages.QuantityNotPositive, line, Cell(fields, Column.Quantity));
        }

        if (value is < 0m)
        {
            ErrorAt(Column.Value, Messages.ValueNegative, line, Cell(fields, Column.Value));
        }

        if (_errors > errors)
        {
            return true;
        }

        var department = code.Length > 0 ? new Department(code, name) : Department.FromName(name);
        var note = Cell(fields, Column.Note);
        var person = Cell(fields, Column.Person);
        var e = ruleId.Length > 0
            ? new AssessmentEvent(department, date, ruleId, quantity!.Value, value)
            : AssessmentEvent.AdHoc(department, date, kind!.Value, category, value!.Value, quantity!.Value);
        Events.Add(e with { Status = status, Role = role, Person = person.Length == 0 ? null : person, Note = note.Length == 0 ? null : note, Line = line });
        return true;
    }

    public void Error(string key, int? line, string? raw, params object?[] args) => ErrorAt(null, key, line, raw, args);

    private void ErrorAt(Column? column, string key, int? line, string? raw, params object?[] args)
    {
        _errors++;
        diagnostics.Add(Problems.Error(key, line, column is { } c && _columns!.TryGetValue(c, out var i) ? _headers[i] : null, raw, args));
    }

    private string Cell(string[] fields, Column column) => _columns!.TryGetValue(column, out var i) ? fields[i].Trim() : string.Empty;

    private decimal? Number(string[] fields, Column column, int line, decimal? missing)
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

    private T Word<T>(string[] fields, Column column, Dictionary<string, T> words, int line, T missing)
    {
        var text = Cell(fields, column);
        if (text.Length == 0)
        {
            return missing;
        }

        if (words.TryGetValue(ColumnAliases.Key(text), out var value))
        {
            return value;
        }

        ErrorAt(column, DiagnosticCodes.ValueUnknown, line, text, string.Join(", ", words.Keys));
        return missing;
    }

    // A column as messages name it: its Chinese heading in Chinese, "部门/department" in any other language (as the
    // table reader's messages do), never the enum's name.
    private static string Heading(Column column)
    {
        var names = Headings.First(h => h.Column == column).Names;
        return Messages.IsChinese(MessageCatalog.ActiveCulture) ? names[0] : names[0] + "/" + names.First(n => char.IsAsciiLetter(n[0]));
    }

    private static Dictionary<string, Column> Build(params (Column Column, string[] Names)[] groups) =>
        groups.SelectMany(g => g.Names.Select(n => (Key: ColumnAliases.Key(n), g.Column))).ToDictionary(x => x.Key, x => x.Column, StringComparer.Ordinal);

    private static Dictionary<string, T> Words<T>(params (T Value, string[] Names)[] groups) =>
        groups.SelectMany(g => g.Names.Select(n => (Key: ColumnAliases.Key(n), g.Value))).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
}
