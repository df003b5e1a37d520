using System.Globalization;

namespace WindowScoring.Import;

/// <summary>
/// Maps the fields of one table (a header row, then data rows) to <see cref="PublishedRow"/>s and
/// diagnostics, over the columns of <see cref="ColumnCatalogue.PublishedTable"/>. One instance per table: it remembers the
/// deduction sign convention of the file.
/// </summary>
internal sealed class TableRowParser : IRowParser<PublishedRow>
{
    /// <summary>The published table's columns and row mapping, for the row loop.</summary>
    internal static IRowMapping<PublishedRow> Mapping { get; } = new PublishedMapping();

    // Texts that mark a department as not assessed in a score cell (compared after ColumnSet.Key).
    private static readonly HashSet<string> NotAssessedMarkers = new(
        new[] { "不考核", "免考核", "免于考核", "不参与考核", "不参加考核", "不参评", "未考核", "暂不考核", "不计分", "新进驻", "notassessed", "n/a", "exempt" }
            .Select(ColumnSet.Key),
        StringComparer.Ordinal);

    private readonly ColumnDefinition?[] _kinds; // null: an extra column
    private readonly string[] _headers;
    private readonly int[] _extraColumns; // the columns kept as extras (unknown ones and the note), in column order
    private readonly string[] _extraNames; // their names: the header, or "column N" when it is blank
    private readonly string[] _headerKeys;
    private readonly int _rank = -1, _department = -1, _base = -1, _deduction = -1, _bonus = -1, _total = -1, _code = -1, _note = -1, _group = -1;
    private bool? _deductionsPrintedNegative;

    private readonly ImportOptions _options;
    private readonly bool _escaped; // text cells carry the formula escape (FormulaEscape)

    private TableRowParser(string[] headers, ColumnDefinition?[] kinds, ImportOptions options, bool escaped)
    {
        _options = options;
        _escaped = escaped;
        _headers = headers;
        _kinds = kinds;
        _headerKeys = headers.Select(ColumnSet.Key).ToArray();
        _rank = Array.IndexOf(kinds, ColumnCatalogue.Rank);
        _department = Array.IndexOf(kinds, ColumnCatalogue.Department);
        _base = Array.IndexOf(kinds, ColumnCatalogue.Base);
        _deduction = Array.IndexOf(kinds, ColumnCatalogue.Deduction);
        _bonus = Array.IndexOf(kinds, ColumnCatalogue.Bonus);
        _total = Array.IndexOf(kinds, ColumnCatalogue.Total);
        _code = Array.IndexOf(kinds, ColumnCatalogue.Code);
        _note = Array.IndexOf(kinds, ColumnCatalogue.Note);
        _group = Array.IndexOf(kinds, ColumnCatalogue.Group);
        _extraColumns = Enumerable.Range(0, kinds.Length).Where(i => kinds[i] is null || kinds[i] == ColumnCatalogue.Note).ToArray();
        _extraNames = _extraColumns.Select(i => headers[i].Length > 0 ? headers[i] : "column " + (i + 1).ToString(CultureInfo.InvariantCulture)).ToArray();
    }

    /// <inheritdoc />
    public int FieldCount => _kinds.Length;

    /// <inheritdoc />
    public int IndexOf(string header) => Array.IndexOf(_headers, header);

    /// <inheritdoc />
    public Department? UniqueDepartment(PublishedRow row) => row.Department;

    private bool HasBreakdown => _base >= 0;

    /// <summary>True when the fields look like a header row (they name a department column and at least one score column).</summary>
    internal static bool LooksLikeHeader(IReadOnlyList<string> fields)
    {
        var kinds = fields.Select(ColumnSet.PublishedTable.Classify).ToArray();
        return kinds.Contains(ColumnCatalogue.Department)
            && (kinds.Contains(ColumnCatalogue.Total) || kinds.Contains(ColumnCatalogue.Base) || kinds.Contains(ColumnCatalogue.Bonus));
    }

    /// <summary>Builds a parser for a header row, or reports why the header cannot be used.</summary>
    internal static TableRowParser? TryCreate(IReadOnlyList<string> fields, int line, ICollection<Diagnostic> diagnostics, ImportOptions options, bool escaped)
    {
        var headers = fields.Select(f => f.Trim()).ToArray();
        var resolved = ColumnSet.PublishedTable.Resolve(headers, line, diagnostics);
        var kinds = resolved ?? headers.Select(ColumnSet.PublishedTable.Classify).ToArray();
        var breakdown = new[] { ColumnCatalogue.Base, ColumnCatalogue.Deduction, ColumnCatalogue.Bonus };
        var present = breakdown.Where(kinds.Contains).ToArray();
        var missing = new List<ColumnDefinition>();
        if (!kinds.Contains(ColumnCatalogue.Department))
        {
            missing.Add(ColumnCatalogue.Department);
        }

        if (present.Length is > 0 and < 3)
        {
            missing.AddRange(breakdown.Except(present));
        }
        else if (present.Length == 0 && !kinds.Contains(ColumnCatalogue.Total))
        {
            missing.Add(ColumnCatalogue.Total);
        }

        if (missing.Count > 0)
        {
            ColumnSet.ReportMissing(missing, headers, line, diagnostics);
        }

        return resolved is not null && missing.Count == 0 ? new TableRowParser(headers, kinds, options, escaped) : null;
    }

    /// <inheritdoc />
    public bool IsRepeatedHeader(IReadOnlyList<string> fields)
    {
        // Cheap first: a repeated header repeats the department column's header text (then every cell is compared by key).
        if (fields.Count < _headerKeys.Length || !TextFolding.TrimSpace(fields[_department].AsSpan()).SequenceEqual(_headers[_department]))
        {
            return false;
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var key = ColumnSet.Key(fields[i]);
            if (i < _headerKeys.Length ? key != _headerKeys[i] : key.Length != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public PublishedRow? Parse(IReadOnlyList<string> fields, int line, ICollection<Diagnostic> diagnostics)
    {
        if (fields.Count != _kinds.Length && !(fields.Count > _kinds.Length && fields.Skip(_kinds.Length).All(string.IsNullOrWhiteSpace)))
        {
            diagnostics.Add(Problems.Error(DiagnosticCodes.FieldCount, line, null, string.Join(" | ", fields), _kinds.Length, fields.Count));
            return null;
        }

        if (CellText.ReportNotText(fields, _headers, line, diagnostics))
        {
            return null;
        }

        if (CleanText(fields, _department, line, diagnostics) is not { } cleanName || (_code >= 0 && CleanText(fields, _code, line, diagnostics) is null))
        {
            return null;
        }

        var name = TextFolding.TrimSpace(cleanName);
        if (name.Length == 0)
        {
            diagnostics.Add(Problems.Error(DiagnosticCodes.DepartmentMissing, line, _headers[_department], fields[_department]));
            return null;
        }

        var code = _code >= 0 ? TextFolding.StripFormatCharacters(FormulaEscape.Unescape(fields[_code].Trim(), _escaped)).Trim() : string.Empty;
        var department = code.Length > 0 ? new Department(code, name) : Department.FromTrimmedName(name); // trimmed, not empty, its cells checked (CellText)
        var printedRank = _rank >= 0 ? TextFolding.Fold(fields[_rank]).Trim() : null;
        if (!string.IsNullOrEmpty(printedRank) && !(ScoreText.TryParse(printedRank, out var r) && r > 0))
        {
            diagnostics.Add(Problems.Warning(DiagnosticCodes.RankInvalid, line, _headers[_rank], fields[_rank]));
        }

        var cells = fields;
        var extras = Extras(cells);
        var marker = NotAssessedMarker(fields);
        if (marker is not null)
        {
            diagnostics.Add(Problems.Info(DiagnosticCodes.NotAssessedRow, line, null, marker, name, marker));
            // The reason: the note when there is one (written with formula escaping); else the marker itself, unless it is the
            // writer's own 不参与考核 under a note column, which means "no reason given".
            var note = _note >= 0 ? FormulaEscape.Unescape(fields[_note].Trim(), _escaped) : string.Empty;
            var reason = note.Length > 0 ? note : _note >= 0 && marker == TableText.NotAssessed ? null : marker;
            return new PublishedRow(line, new NotAssessedEntry(department, reason) { Group = Group(cells) }, printedRank, extras);
        }

        var errors = diagnostics.Count;
        decimal? total = _total >= 0 ? Number(fields, _total, line, diagnostics) : null;
        if (!HasBreakdown)
        {
            return diagnostics.Count > errors || total is null ? null : new PublishedRow(line, Assessment.FromTotal(department, total.Value).InGroup(Group(cells)), printedRank, total, extras);
        }

        if (total is not null && string.IsNullOrWhiteSpace(fields[_base]) && string.IsNullOrWhiteSpace(fields[_deduction]) && string.IsNullOrWhiteSpace(fields[_bonus]))
        {
            // A score-only row in a table with a breakdown: only the total is known (and was read without a diagnostic).
            return new PublishedRow(line, Assessment.FromTotal(department, total.Value).InGroup(Group(cells)), printedRank, total, extras);
        }

        var baseScore = Number(fields, _base, line, diagnostics);
        var deduction = Number(fields, _deduction, line, diagnostics);
        var bonus = Number(fields, _bonus, line, diagnostics);
        if (baseScore is null || deduction is null || bonus is null || diagnostics.Count > errors)
        {
            return null;
        }

        if (baseScore < 0)
        {
            diagnostics.Add(Problems.Error(DiagnosticCodes.BaseNegative, line, _headers[_base], fields[_base]));
            return null;
        }

        if (bonus < 0)
        {
            diagnostics.Add(Problems.Error(DiagnosticCodes.BonusNegative, line, _headers[_bonus], fields[_bonus]));
            return null;
        }

        if (deduction.Value != 0m)
        {
            var negative = deduction.Value < 0m;
            _deductionsPrintedNegative ??= negative;
            if (_deductionsPrintedNegative != negative)
            {
                diagnostics.Add(Problems.Warning(
                    _deductionsPrintedNegative.Value ? Messages.DeductionsPrintedNegative : Messages.DeductionsPrintedPositive,
                    line, _headers[_deduction], fields[_deduction]));
            }
        }

        var magnitude = Math.Abs(deduction.Value);
        if (!ScoreArithmetic.TryExactTotal(baseScore.Value, magnitude, bonus.Value, out var exactTotal))
        {
            diagnostics.Add(Problems.Error(Messages.TotalOutOfRange, line, null, null));
            return null;
        }

        var assessment = Assessment.WithExactTotal(department, baseScore.Value, magnitude, bonus.Value, exactTotal, Group(cells));

        if (total is { } printed && printed != assessment.Total)
        {
            diagnostics.Add(Problems.Warning(DiagnosticCodes.PrintedTotalDiffers, line, _headers[_total], fields[_total],
                ScoreText.Format(printed), ScoreText.Format(assessment.Total)));
        }

        return new PublishedRow(line, assessment, printedRank, total, extras);
    }

    // The cell with format characters (U+FEFF, zero-width spaces, bidi marks) removed, with a warning when any were (a
    // cell that is no text was refused before: CellText).
    // The formula escape comes off first, as the writer put it on (FormulaEscape): "\u200E'=x" keeps its apostrophe.
    private string? CleanText(IReadOnlyList<string> fields, int index, int line, ICollection<Diagnostic> diagnostics)
    {
        var raw = FormulaEscape.Unescape(fields[index].Trim(), _escaped);
        var clean = TextFolding.StripFormatCharacters(raw);
        if (clean.Length != raw.Length)
        {
            diagnostics.Add(Problems.Warning(DiagnosticCodes.InvisibleCharactersRemoved, line, _headers[index], fields[index], clean.Trim()));
        }

        return clean;
    }

    private string? Group(IReadOnlyList<string> cells) => _group >= 0 && cells[_group].Trim() is { Length: > 0 } g ? FormulaEscape.Unescape(g, _escaped) : null;

    // A department is not assessed when a marker such as 不参与考核 stands in the total cell, or in a figure cell with
    // every other figure cell blank or a marker too. A marker beside numbers (100, -12, n/a, 88) is not trusted: the
    // cell is then reported as not a number, so a scored row never disappears quietly.
    private string? NotAssessedMarker(IReadOnlyList<string> fields)
    {
        if (Marker(fields, _total) is { } inTotal)
        {
            return inTotal;
        }

        string? found = null;
        foreach (var i in (ReadOnlySpan<int>)[_base, _deduction, _bonus])
        {
            if (i < 0 || string.IsNullOrWhiteSpace(fields[i]))
            {
                continue;
            }

            if (Marker(fields, i) is not { } marker)
            {
                return null; // a number (or other text) beside the marker
            }

            found ??= marker;
        }

        return _total >= 0 && !string.IsNullOrWhiteSpace(fields[_total]) ? null : found;
    }

    private static string? Marker(IReadOnlyList<string> fields, int index)
    {
        if (index < 0)
        {
            return null;
        }

        var cell = fields[index].AsSpan().TrimStart();
        if (cell.IsEmpty || char.IsAsciiDigit(cell[0]) || cell[0] is '-' or '+' or '.')
        {
            return null; // numbers and empty cells are never markers: no allocation on the common path
        }

        return NotAssessedMarkers.Contains(ColumnSet.Key(fields[index])) ? fields[index].Trim() : null;
    }

    private decimal? Number(IReadOnlyList<string> fields, int index, int line, ICollection<Diagnostic> diagnostics)
    {
        var raw = fields[index];
        if (ScoreText.TryParse(raw, out var value))
        {
            return value;
        }

        var trimmed = TextFolding.Fold(raw).Trim();
        var code = trimmed.Length == 0
            ? DiagnosticCodes.NumberMissing
            : ScoreText.IsPlainNumber(trimmed) ? DiagnosticCodes.NumberOutOfRange : DiagnosticCodes.NumberInvalid;
        diagnostics.Add(Problems.Error(code, line, _headers[index], raw));
        return null;
    }

    private IReadOnlyList<KeyValuePair<string, string>> Extras(IReadOnlyList<string> cells)
    {
        List<KeyValuePair<string, string>>? extras = null;
        for (var e = 0; e < _extraColumns.Length; e++)
        {
            var cell = cells[_extraColumns[e]];
            if (!string.IsNullOrWhiteSpace(cell))
            {
                (extras ??= []).Add(new(_extraNames[e], cell));
            }
        }

        return extras ?? (IReadOnlyList<KeyValuePair<string, string>>)[];
    }

    private sealed class PublishedMapping : IRowMapping<PublishedRow>
    {
        public bool RowsRequired => true;

        public bool LooksLikeHeader(IReadOnlyList<string> cells) => TableRowParser.LooksLikeHeader(cells);

        public IRowParser<PublishedRow>? TryCreate(IReadOnlyList<string> cells, int line, ICollection<Diagnostic> diagnostics, ImportOptions options, bool escaped) =>
            TableRowParser.TryCreate(cells, line, diagnostics, options, escaped);
    }
}
