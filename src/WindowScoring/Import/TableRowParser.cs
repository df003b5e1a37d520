using System.Globalization;
using CsvHelper;

namespace WindowScoring.Import;

/// <summary>
/// Maps the fields of one table (a header row, then data rows) to <see cref="ImportedRow"/>s and
/// diagnostics. One instance per table: it remembers the deduction sign convention of the file.
/// </summary>
internal sealed class TableRowParser
{
    // Texts that mark a department as not assessed in a score cell (compared after ColumnAliases.Key).
    private static readonly HashSet<string> NotAssessedMarkers = new(
        new[] { "不考核", "免考核", "免于考核", "不参与考核", "不参加考核", "不参评", "未考核", "暂不考核", "不计分", "新进驻", "notassessed", "n/a", "exempt" }
            .Select(ColumnAliases.Key),
        StringComparer.Ordinal);

    private readonly ColumnKind[] _kinds;
    private readonly string[] _headers;
    private readonly string[] _headerKeys;
    private readonly int _rank = -1, _department = -1, _base = -1, _deduction = -1, _bonus = -1, _total = -1, _code = -1, _note = -1, _group = -1;
    private const int ShortNumberBytes = 20; // the longest number ScoreText.TryParseShort takes: a sign, 18 digits and a point
    private readonly int _otherTextColumns; // code, group, extra and note columns
    private bool? _deductionsPrintedNegative;
    private char[] _chars = []; // for decoding department names from bytes, kept for the whole table

    private readonly ImportOptions _options;

    private TableRowParser(string[] headers, ColumnKind[] kinds, ImportOptions options)
    {
        _options = options;
        _headers = headers;
        _kinds = kinds;
        _headerKeys = headers.Select(ColumnAliases.Key).ToArray();
        for (var i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case ColumnKind.Rank: _rank = i; break;
                case ColumnKind.Department: _department = i; break;
                case ColumnKind.Base: _base = i; break;
                case ColumnKind.Deduction: _deduction = i; break;
                case ColumnKind.Bonus: _bonus = i; break;
                case ColumnKind.Total: _total = i; break;
                case ColumnKind.Code: _code = i; break;
                case ColumnKind.Note: _note = i; break;
                case ColumnKind.Group: _group = i; break;
            }

            if (kinds[i] is ColumnKind.Code or ColumnKind.Group or ColumnKind.Extra or ColumnKind.Note)
            {
                _otherTextColumns++;
            }
        }
    }

    internal int FieldCount => _kinds.Length;

    private bool HasBreakdown => _base >= 0;

    /// <summary>True when the fields look like a header row (they name a department column and at least one score column).</summary>
    internal static bool LooksLikeHeader(string[] fields)
    {
        var kinds = fields.Select(ColumnAliases.Classify).ToArray();
        return kinds.Contains(ColumnKind.Department)
            && (kinds.Contains(ColumnKind.Total) || kinds.Contains(ColumnKind.Base) || kinds.Contains(ColumnKind.Bonus));
    }

    /// <summary>Builds a parser for a header row, or reports why the header cannot be used.</summary>
    internal static TableRowParser? TryCreate(string[] fields, int line, ICollection<Diagnostic> diagnostics, ImportOptions options)
    {
        var headers = fields.Select(f => f.Trim()).ToArray();
        var kinds = headers.Select(ColumnAliases.Classify).ToArray();
        var ok = true;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == ColumnKind.Extra)
            {
                continue;
            }

            var first = Array.IndexOf(kinds, kinds[i]);
            if (first < i)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.DuplicateColumn, DiagnosticSeverity.Error, line, headers[i], headers[i],
                    ImportText.Pick(options,
                        $"The column {ColumnAliases.DisplayName(kinds[i])} appears twice: '{headers[first]}' (field {first + 1}) and '{headers[i]}' (field {i + 1}).",
                        $"列 {ColumnAliases.DisplayName(kinds[i])} 出现两次：“{headers[first]}”（第 {first + 1} 列）和“{headers[i]}”（第 {i + 1} 列）。")));
                ok = false;
            }
        }

        var breakdown = new[] { ColumnKind.Base, ColumnKind.Deduction, ColumnKind.Bonus };
        var present = breakdown.Where(kinds.Contains).ToArray();
        var missing = new List<ColumnKind>();
        if (!kinds.Contains(ColumnKind.Department))
        {
            missing.Add(ColumnKind.Department);
        }

        if (present.Length is > 0 and < 3)
        {
            missing.AddRange(breakdown.Except(present));
        }
        else if (present.Length == 0 && !kinds.Contains(ColumnKind.Total))
        {
            missing.Add(ColumnKind.Total);
        }

        if (missing.Count > 0)
        {
            var missingText = string.Join(", ", missing.Select(ColumnAliases.DisplayName));
            var found = string.Join(", ", headers.Select(h => "'" + h + "'"));
            diagnostics.Add(new Diagnostic(DiagnosticCodes.MissingColumns, DiagnosticSeverity.Error, line, null, string.Join(" | ", headers),
                ImportText.Pick(options,
                    $"Missing column(s) {missingText}: expected 部门窗口/department and either 基础分/base, 减分/deduction, 加分/bonus or 实得分值/total (序号/rank optional); found {found}.",
                    $"缺少列 {missingText}：应有 部门窗口，以及 基础分、减分、加分 或 实得分值（序号可选）；实际为 {found}。")));
            ok = false;
        }

        return ok ? new TableRowParser(headers, kinds, options) : null;
    }

    /// <summary>True when the fields repeat this table's header (a table broken across pages).</summary>
    internal bool IsRepeatedHeader(string[] fields)
    {
        // Cheap first: a repeated header repeats the department column's header text (then every cell is compared by key).
        if (fields.Length < _headerKeys.Length || !fields[_department].AsSpan().Trim().SequenceEqual(_headers[_department]))
        {
            return false;
        }

        for (var i = 0; i < fields.Length; i++)
        {
            var key = ColumnAliases.Key(fields[i]);
            if (i < _headerKeys.Length ? key != _headerKeys[i] : key.Length != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses one data row; returns null (with diagnostics) when the row cannot be used.</summary>
    internal ImportedRow? Parse(string[] fields, int line, ICollection<Diagnostic> diagnostics)
    {
        if (fields.Length != _kinds.Length && !(fields.Length > _kinds.Length && fields.Skip(_kinds.Length).All(string.IsNullOrWhiteSpace)))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.FieldCount, DiagnosticSeverity.Error, line, null, string.Join(" | ", fields),
                ImportText.Pick(_options, $"Expected {_kinds.Length} fields as in the header, found {fields.Length}.", $"表头有 {_kinds.Length} 列，本行有 {fields.Length} 列。")));
            return null;
        }

        var name = FormulaEscape.Unescape(fields[_department].Trim());
        if (name.Length == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.DepartmentMissing, DiagnosticSeverity.Error, line, _headers[_department], fields[_department],
                ImportText.Pick(_options, "Expected a department name, found an empty cell.", "缺少部门名称（单元格为空）。")));
            return null;
        }

        var code = _code >= 0 ? FormulaEscape.Unescape(fields[_code].Trim()) : string.Empty;
        var department = code.Length > 0 ? new Department(code, name) : Department.FromName(name);
        var printedRank = _rank >= 0 ? TextFolding.Fold(fields[_rank]).Trim() : null;
        if (!string.IsNullOrEmpty(printedRank) && !(ScoreText.TryParse(printedRank, out var r) && r > 0))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.RankInvalid, DiagnosticSeverity.Warning, line, _headers[_rank], fields[_rank],
                ImportText.Pick(_options, "Expected a positive rank or a blank cell; the printed rank is kept as found.", "序号应为正数或空白；按原样保留。")));
        }

        var cells = new ArrayCells(fields);
        var extras = Extras(cells);
        var marker = NotAssessedMarker(fields);
        if (marker is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NotAssessedRow, DiagnosticSeverity.Info, line, null, marker,
                ImportText.Pick(_options, $"{name} is marked as not assessed ('{marker}'); it is listed apart and not ranked.", $"{name} 标为不参与考核（“{marker}”），单独列出，不参与排名。")));
            // The reason: the note when there is one (written with formula escaping); else the marker itself, unless it is the
            // writer's own 不参与考核 under a note column, which means "no reason given".
            var note = _note >= 0 ? FormulaEscape.Unescape(fields[_note].Trim()) : string.Empty;
            var reason = note.Length > 0 ? note : _note >= 0 && marker == TableText.NotAssessed ? null : marker;
            return new ImportedRow(line, Assessment.NotAssessed(department, reason).InGroup(Group(cells)), printedRank, null, extras);
        }

        var errors = diagnostics.Count;
        decimal? total = _total >= 0 ? Number(fields, _total, line, diagnostics) : null;
        if (!HasBreakdown)
        {
            return diagnostics.Count > errors || total is null ? null : new ImportedRow(line, Assessment.FromTotal(department, total.Value).InGroup(Group(cells)), printedRank, total, extras);
        }

        if (total is not null && string.IsNullOrWhiteSpace(fields[_base]) && string.IsNullOrWhiteSpace(fields[_deduction]) && string.IsNullOrWhiteSpace(fields[_bonus]))
        {
            // A score-only row in a table with a breakdown: only the total is known.
            return diagnostics.Count > errors ? null : new ImportedRow(line, Assessment.FromTotal(department, total.Value).InGroup(Group(cells)), printedRank, total, extras);
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
            diagnostics.Add(new Diagnostic(DiagnosticCodes.BaseNegative, DiagnosticSeverity.Error, line, _headers[_base], fields[_base],
                ImportText.Pick(_options, "Expected a base score of zero or more, found a negative number.", "基础分不能为负数。")));
            return null;
        }

        if (bonus < 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.BonusNegative, DiagnosticSeverity.Error, line, _headers[_bonus], fields[_bonus],
                ImportText.Pick(_options, "Expected a bonus of zero or more, found a negative number.", "加分不能为负数。")));
            return null;
        }

        if (deduction.Value != 0m)
        {
            var negative = deduction.Value < 0m;
            _deductionsPrintedNegative ??= negative;
            if (_deductionsPrintedNegative != negative)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.DeductionSignMixed, DiagnosticSeverity.Warning, line, _headers[_deduction], fields[_deduction],
                    _deductionsPrintedNegative.Value
                        ? ImportText.Pick(_options, "This file prints deductions as negative numbers, but this one is positive; it is read as a deduction of the same size.", "本文件的减分以负数填写，此处为正数；按同样大小的减分读取。")
                        : ImportText.Pick(_options, "This file prints deductions as positive magnitudes, but this one is negative; it is read as a deduction of the same size.", "本文件的减分以正数填写，此处为负数；按同样大小的减分读取。")));
            }
        }

        Assessment assessment;
        try
        {
            assessment = new Assessment(department, baseScore.Value, Math.Abs(deduction.Value), bonus.Value) { Group = Group(cells) };
        }
        catch (OverflowException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NumberOutOfRange, DiagnosticSeverity.Error, line, null, null,
                ImportText.Pick(_options, "base − deduction + bonus is beyond the range of decimal; the row is not used.", "基础分 − 减分 + 加分 超出数值范围；本行未使用。")));
            return null;
        }

        return new ImportedRow(line, assessment, printedRank, total, extras);
    }

    /// <summary>
    /// Parses one data record straight from CsvHelper when it is in the common form, without materialising the cells that
    /// are numbers: the field count of the header, a department that does not start with a formula escape, every figure a
    /// short plain number (<see cref="ScoreText.TryParseShortNumber{T}"/>), a blank or positive rank, text cells within
    /// <paramref name="maxFieldLength"/> and (from bytes, <paramref name="utf8Bytes"/>) valid UTF-8, no negative base or
    /// bonus, the file's deduction sign. Returns exactly the row <see cref="Parse"/> returns for such a record, with no
    /// diagnostic; null for any other record, which the caller then materialises and passes to <see cref="Parse"/> (so
    /// every diagnostic has a single source).
    /// </summary>
    internal ImportedRow? TryParseCommon(CsvReader csv, int line, int maxFieldLength, bool utf8Bytes)
    {
        if (csv.FieldCount != _kinds.Length || maxFieldLength < ShortNumberBytes)
        {
            return null;
        }

        // Figures and ranks that parse have at most 20 bytes, within the limit; the other cells are checked against it below.
        ShortNumber total = default, baseScore = default, deduction = default, bonus = default;
        if ((_total >= 0 && !ScoreText.TryParseShortNumber(csv.GetSpan(_total), out total))
            || (HasBreakdown && !(ScoreText.TryParseShortNumber(csv.GetSpan(_base), out baseScore)
                && ScoreText.TryParseShortNumber(csv.GetSpan(_deduction), out deduction)
                && ScoreText.TryParseShortNumber(csv.GetSpan(_bonus), out bonus)
                && baseScore.Mantissa >= 0 && bonus.Mantissa >= 0)))
        {
            return null; // blanks, markers, other number forms and errors: the general path decides
        }

        string? printedRank = null;
        var rankNumber = 0;
        if (_rank >= 0)
        {
            var rank = csv.GetSpan(_rank);
            rankNumber = ImportedRow.RankNumber(rank);
            if (rankNumber == 0 && !rank.IsEmpty && !(ScoreText.TryParseShort(rank, out var r) && r > 0m))
            {
                return null;
            }

            printedRank = rankNumber > 0 ? null : rank.IsEmpty ? string.Empty : csv.GetString(_rank);
        }

        // From bytes, a cell is decoded strictly (into this table's buffer): one that is not UTF-8 is left to the general
        // path, which ends the read there. From text, the cell is CsvHelper's string.
        var cells = new CsvCells(csv);
        string? nameText = null;
        ReadOnlySpan<char> rawName;
        if (utf8Bytes)
        {
            if (!Utf8Cells.TryDecode(csv.GetSpan(_department), ref _chars, out rawName))
            {
                return null;
            }
        }
        else
        {
            rawName = nameText = cells[_department];
        }

        var name = TextFolding.TrimSpace(rawName);
        // (A repeated header never gets here: its figure cells are column names, not numbers.)
        if (name.IsEmpty || name[0] == '\'' || rawName.Length > maxFieldLength)
        {
            return null; // no department, a formula escape, or too long
        }

        if (_otherTextColumns > 0 && !OtherCellsFit(csv, maxFieldLength, utf8Bytes))
        {
            return null;
        }

        if (HasBreakdown && deduction.Mantissa != 0 && (_deductionsPrintedNegative ??= deduction.Mantissa < 0) != deduction.Mantissa < 0)
        {
            return null; // the sign warning is the general path's
        }

        var trimmedName = nameText is not null && name.Length == nameText.Length ? nameText : name.ToString();
        var code = _code >= 0 ? FormulaEscape.Unescape(cells[_code].Trim()) : string.Empty;
        var department = code.Length > 0 ? new Department(code, trimmedName) : Department.FromTrimmedName(trimmedName);
        var assessment = HasBreakdown
            ? new Assessment(department, baseScore.ToDecimal(), deduction.Abs().ToDecimal(), bonus.ToDecimal()).InGroup(Group(cells))
            : Assessment.FromTotal(department, total.ToDecimal()).InGroup(Group(cells));
        var extras = _otherTextColumns > 0 ? Extras(cells) : [];
        return rankNumber > 0
            ? new ImportedRow(line, assessment, rankNumber, _total >= 0 ? total : null, extras)
            : new ImportedRow(line, assessment, printedRank, _total >= 0 ? total.ToDecimal() : null, extras);
    }

    // Whether the text cells other than the department and rank (code, group, extras, notes) are within the limit and, from
    // bytes, valid UTF-8 (then CsvHelper's decoding of them is exact).
    private bool OtherCellsFit(CsvReader csv, int maxFieldLength, bool utf8Bytes)
    {
        for (var i = 0; i < _kinds.Length; i++)
        {
            if (_kinds[i] is ColumnKind.Code or ColumnKind.Group or ColumnKind.Extra or ColumnKind.Note)
            {
                // UTF-8 bytes: at least as many as the UTF-16 chars, so within a limit in bytes means within it in chars.
                var bytes = csv.GetSpan(i);
                if (bytes.Length > maxFieldLength || (utf8Bytes && !System.Text.Unicode.Utf8.IsValid(bytes)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The text of a row's cells, by index: from an array, or straight from CsvHelper.</summary>
    private interface ICells
    {
        string this[int index] { get; }
    }

    private readonly struct ArrayCells(string[] fields) : ICells
    {
        public string this[int index] => fields[index];
    }

    private readonly struct CsvCells(CsvReader csv) : ICells
    {
        public string this[int index] => csv.GetString(index);
    }

    private string? Group<TCells>(TCells cells)
        where TCells : struct, ICells => _group >= 0 && cells[_group].Trim() is { Length: > 0 } g ? FormulaEscape.Unescape(g) : null;

    // A department is not assessed when a marker such as 不参与考核 stands in the total cell, or in a figure cell with
    // every other figure cell blank or a marker too. A marker beside numbers (100, -12, n/a, 88) is not trusted: the
    // cell is then reported as not a number, so a scored row never disappears quietly.
    private string? NotAssessedMarker(string[] fields)
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

    private static string? Marker(string[] fields, int index)
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

        return NotAssessedMarkers.Contains(ColumnAliases.Key(fields[index])) ? fields[index].Trim() : null;
    }

    private decimal? Number(string[] fields, int index, int line, ICollection<Diagnostic> diagnostics)
    {
        var raw = fields[index];
        if (ScoreText.TryParse(raw, out var value))
        {
            return value;
        }

        var trimmed = TextFolding.Fold(raw).Trim();
        var (code, message) = trimmed.Length == 0
            ? (DiagnosticCodes.NumberMissing, ImportText.Pick(_options, "Expected a number, found an empty cell.", "此处应为数字，单元格为空。"))
            : ScoreText.IsPlainNumber(trimmed)
                ? (DiagnosticCodes.NumberOutOfRange, ImportText.Pick(_options, "Expected a number within the range and precision of decimal (at most 28–29 significant digits, no rounding).", "数字超出可精确表示的范围（最多 28–29 位有效数字，不作舍入）。"))
                : (DiagnosticCodes.NumberInvalid, ImportText.Pick(_options, "Expected a plain number such as 114.5 or -0.5 (no group separators, decimal commas or exponents).", "应为普通数字，如 114.5 或 -0.5（不用千分位、小数逗号或科学计数法）。"));
        diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, line, _headers[index], raw, message));
        return null;
    }

    private IReadOnlyList<KeyValuePair<string, string>> Extras<TCells>(TCells cells)
        where TCells : struct, ICells
    {
        List<KeyValuePair<string, string>>? extras = null;
        for (var i = 0; i < _kinds.Length; i++)
        {
            if (_kinds[i] is ColumnKind.Extra or ColumnKind.Note)
            {
                (extras ??= []).Add(new(_headers[i].Length > 0 ? _headers[i] : "column " + (i + 1).ToString(CultureInfo.InvariantCulture), cells[i]));
            }
        }

        return extras ?? (IReadOnlyList<KeyValuePair<string, string>>)[];
    }
}
