using System.Globalization;
using WindowScoring.Import;

namespace WindowScoring.Ratings;

/// <summary>
/// The ratings export's part of the one row loop (<see cref="TableRowReader{TRow}"/>): its columns
/// (<see cref="RatingColumns.Export"/>) and the mapping of a record to a <see cref="Rating"/>, reporting every bad field of a
/// row (not only the first). The loop, the limits and their diagnostics are the table reader's. One instance per export.
/// </summary>
internal sealed class RatingRowParser : IRowParser<Rating>
{
    private static readonly ColumnSet Columns = new(RatingColumns.Export);

    private static readonly string[] TimeFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日",
        "yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy-M-dTH:mm:ss", "yyyy-M-dTH:mm",
        "yyyy年M月d日 H:mm", "yyyy年M月d日 H:mm:ss", "yyyy年M月d日H:mm", "yyyy年M月d日H:mm:ss", "yyyyMMddHHmmss",
    ];

    private static readonly Dictionary<string, bool> Defaults = HeaderColumns.Words(
        (true, ["是", "默认", "默认评价", "系统默认", "系统默认评价", "y", "yes", "true", "1", "default"]),
        (false, ["否", "非默认", "主动评价", "n", "no", "false", "0", "none"]));

    private static readonly Dictionary<string, RectificationState> Rectifications = HeaderColumns.Words(
        (RectificationState.None, ["无需整改", "无", "不需整改", "none"]),
        (RectificationState.Pending, ["整改中", "未整改", "待整改", "pending", "inprogress"]),
        (RectificationState.Rectified, ["已整改", "整改完成", "已完成", "完成", "rectified", "done"]));

    private static readonly Dictionary<string, AppealState> Appeals = HeaderColumns.Words(
        (AppealState.None, ["无", "未申诉", "none"]),
        (AppealState.Pending, ["申诉中", "待复核", "复核中", "pending"]),
        (AppealState.Upheld, ["申诉成立", "复核通过", "已撤销", "upheld"]),
        (AppealState.Rejected, ["申诉驳回", "驳回", "复核不通过", "申诉不成立", "rejected"]));

    private readonly HeaderColumns _columns;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private ICollection<Diagnostic> _diagnostics = [];
    private int _errors; // errors of the current row

    private readonly bool _escaped; // text cells carry the formula escape (FormulaEscape)

    private RatingRowParser(HeaderColumns columns, bool escaped)
    {
        _columns = columns;
        _escaped = escaped;
    }

    /// <summary>The ratings export's columns and row mapping, for the row loop.</summary>
    internal static IRowMapping<Rating> Mapping { get; } = new RatingMapping();

    /// <inheritdoc />
    public int FieldCount => _columns.Headers.Length;

    /// <inheritdoc />
    public int IndexOf(string header) => Array.IndexOf(_columns.Headers, header);

    /// <inheritdoc />
    public Department? UniqueDepartment(Rating row) => null; // a department has any number of ratings

    /// <inheritdoc />
    public bool IsRepeatedHeader(IReadOnlyList<string> cells) => _columns.IsRepeatedHeader(cells);

    /// <summary>Builds a parser for a header row, or reports why the header cannot be used.</summary>
    private static RatingRowParser? TryCreate(IReadOnlyList<string> fields, int line, ICollection<Diagnostic> diagnostics, bool escaped)
    {
        if (HeaderColumns.Resolve(Columns, fields, line, diagnostics) is not { } columns)
        {
            return null;
        }

        if (!columns.Has(RatingColumns.Id) || !columns.Has(RatingColumns.Time) || !columns.Has(RatingColumns.Department) || !columns.Has(RatingColumns.Level))
        {
            diagnostics.Add(Problems.Error(Messages.MissingColumnsRatings, line, null, string.Join(" | ", columns.Headers),
                string.Join(", ", columns.Headers.Select(h => "'" + h + "'"))));
            return null;
        }

        return new RatingRowParser(columns, escaped);
    }

    /// <inheritdoc />
    public Rating? Parse(IReadOnlyList<string> fields, int line, ICollection<Diagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
        _errors = 0;
        if (_columns.WrongFieldCount(fields))
        {
            ErrorAt(null, DiagnosticCodes.FieldCount, line, string.Join(" | ", fields), FieldCount, fields.Count);
            return null;
        }

        if (CellText.ReportNotText(fields, _columns.Headers, line, diagnostics))
        {
            return null;
        }

        var id = FormulaEscape.Unescape(Cell(fields, RatingColumns.Id), _escaped);
        if (id.Length == 0)
        {
            ErrorAt(RatingColumns.Id, DiagnosticCodes.RatingIdMissing, line, null);
        }

        var name = FormulaEscape.Unescape(Cell(fields, RatingColumns.Department), _escaped);
        var code = FormulaEscape.Unescape(Cell(fields, ColumnCatalogue.Code), _escaped);
        if (name.Length == 0)
        {
            ErrorAt(RatingColumns.Department, Messages.RatingDepartmentMissing, line, null);
        }

        var time = Time(fields, RatingColumns.Time, line, required: true);
        var levelText = Cell(fields, RatingColumns.Level);
        if (!RatingLevels.TryParse(levelText, out var level))
        {
            ErrorAt(RatingColumns.Level, DiagnosticCodes.RatingLevelInvalid, line, levelText, RatingLevels.AcceptedForms);
        }

        var isDefault = Word(fields, RatingColumns.Default, Defaults, line, false);
        var rectifiedOn = Time(fields, RatingColumns.RectifiedOn, line, required: false);
        var appeal = Word(fields, RatingColumns.Appeal, Appeals, line, AppealState.None);
        var rectification = Word(fields, RatingColumns.Rectification, Rectifications, line,
            rectifiedOn is not null ? RectificationState.Rectified : level.IsNegative() ? RectificationState.Pending : RectificationState.None);
        if (_errors == 0 && _ids.TryGetValue(id, out var first))
        {
            ErrorAt(RatingColumns.Id, DiagnosticCodes.RatingIdRepeated, line, id, id, first);
        }

        if (_errors > 0)
        {
            return null;
        }

        _ids[id] = line;
        var rating = new Rating(id, code.Length > 0 ? new Department(code, name) : Department.FromName(name), time!.Value, level)
        {
            Window = Optional(fields, RatingColumns.Window),
            Staff = Optional(fields, RatingColumns.Staff),
            ServiceItem = Optional(fields, RatingColumns.ServiceItem),
            CaseNumber = Optional(fields, RatingColumns.CaseNumber),
            Channel = Optional(fields, RatingColumns.Channel),
            IsDefault = isDefault,
            NegativeReason = Optional(fields, RatingColumns.Reason),
            Rectification = rectification,
            RectifiedOn = rectifiedOn is { } r ? DateOnly.FromDateTime(r) : null,
            FollowUp = Optional(fields, RatingColumns.FollowUp),
            Appeal = appeal,
            Line = line,
        };
        if (rating.RectifiedOn < rating.Date)
        {
            _diagnostics.Add(Problems.Warning(DiagnosticCodes.RectifiedBeforeRating, line, Heading(RatingColumns.RectifiedOn),
                Cell(fields, RatingColumns.RectifiedOn), rating.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (rating.IsNegative && rating.Rectification == RectificationState.Rectified && rating.RectifiedOn is null)
        {
            _diagnostics.Add(Problems.Warning(DiagnosticCodes.RectifiedWithoutDate, line, Heading(RatingColumns.Rectification), null, rating.Id));
        }

        return rating;
    }

    private void ErrorAt(ColumnDefinition? column, string key, int? line, string? raw, params object?[] args)
    {
        _errors++;
        _diagnostics.Add(Problems.Error(key, line, column is null ? null : Heading(column), raw, args));
    }

    private string? Heading(ColumnDefinition column) => _columns.Heading(column);

    private string Cell(IReadOnlyList<string> fields, ColumnDefinition column) => _columns.Cell(fields, column);

    private string? Optional(IReadOnlyList<string> fields, ColumnDefinition column) =>
        FormulaEscape.Unescape(Cell(fields, column), _escaped) is { Length: > 0 } text ? text : null;

    private DateTime? Time(IReadOnlyList<string> fields, ColumnDefinition column, int line, bool required)
    {
        var text = TextFolding.Fold(Cell(fields, column));
        if (text.Length == 0 && !required)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var time))
        {
            return time;
        }

        ErrorAt(column, DiagnosticCodes.RatingTimeInvalid, line, text);
        return null;
    }

    private T Word<T>(IReadOnlyList<string> fields, ColumnDefinition column, Dictionary<string, T> words, int line, T missing)
    {
        if (!_columns.TryWord(fields, column, words, missing, out var value, out var text))
        {
            ErrorAt(column, DiagnosticCodes.RatingValueUnknown, line, text, string.Join(", ", words.Keys));
        }

        return value;
    }

    private sealed class RatingMapping : IRowMapping<Rating>
    {
        public bool RowsRequired => false; // a month without ratings is a quiet month

        public bool LooksLikeHeader(IReadOnlyList<string> cells) => cells.Any(c => Columns.Classify(c) == RatingColumns.Level);

        public IRowParser<Rating>? TryCreate(IReadOnlyList<string> cells, int line, ICollection<Diagnostic> diagnostics, ImportOptions options, bool escaped) =>
            RatingRowParser.TryCreate(cells, line, diagnostics, escaped);
    }
}
