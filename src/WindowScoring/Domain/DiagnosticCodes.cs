namespace WindowScoring;

/// <summary>
/// The stable codes of every <see cref="Diagnostic"/> the library reports. Codes never change meaning;
/// messages may change and follow the chosen language, so tests and hosts should match on codes.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>WS100: the input is larger than <c>ImportOptions.MaxBytes</c>; reading stopped.</summary>
    public const string InputTooLarge = "WS100";

    /// <summary>WS101: the input has more rows than <c>ImportOptions.MaxRows</c>; reading stopped.</summary>
    public const string TooManyRows = "WS101";

    /// <summary>WS102: a field is longer than <c>ImportOptions.MaxFieldLength</c> (the row is not used), or a record or line is longer than 64 such fields (reading stops there).</summary>
    public const string FieldTooLong = "WS102";

    /// <summary>WS103: a record has more cells than <c>ImportOptions.MaxColumns</c>; the row is not used (reading stops when it is the header).</summary>
    public const string TooManyColumns = "WS103";

    /// <summary>WS104: more diagnostics than <c>ImportOptions.MaxDiagnostics</c>; the first ones are listed and this last one
    /// counts the rest by code. An error when any left out was an error; its line is the first line they named.</summary>
    public const string TooManyDiagnostics = "WS104";

    /// <summary>WS110 (info): the text encoding that was detected or used.</summary>
    public const string EncodingUsed = "WS110";

    /// <summary>WS111: a line has bytes that are not valid in the encoding used; reading stopped before that line (every line before it was read).</summary>
    public const string EncodingInvalid = "WS111";

    /// <summary>WS112: the input is empty or has no header row.</summary>
    public const string NoHeader = "WS112";

    /// <summary>WS113: the header lacks a required column; the message lists the columns expected and the columns found.</summary>
    public const string MissingColumns = "WS113";

    /// <summary>WS114: two header cells name the same column.</summary>
    public const string DuplicateColumn = "WS114";

    /// <summary>WS115 (info): a header row repeated where a printed table broke across pages was skipped.</summary>
    public const string RepeatedHeader = "WS115";

    /// <summary>WS116: the CSV is malformed (e.g. a quote that is never closed).</summary>
    public const string MalformedRecord = "WS116";

    /// <summary>WS117: a report text has no appendix table (no title line followed by a header).</summary>
    public const string TableNotFound = "WS117";

    /// <summary>WS118 (info): the period was taken from a title or a file name.</summary>
    public const string PeriodInferred = "WS118";

    /// <summary>WS119 (info): the table of a report text ends at this line (a line with no field separator); the rest of the report is prose.</summary>
    public const string TableEnded = "WS119";

    /// <summary>WS120: a row has fewer or more fields than the header; the row is not used.</summary>
    public const string FieldCount = "WS120";

    /// <summary>
    /// WS121: no department is given: an imported table or event-log row has an empty department cell (the row is not
    /// used), or an <c>AssessmentInput</c> or <c>AssessmentForm</c> names neither a department nor a code.
    /// </summary>
    public const string DepartmentMissing = "WS121";

    /// <summary>
    /// WS122: a required number is missing: an imported cell is empty (the row is not used), or an input for an assessed
    /// department lacks its base score, deduction or bonus (reported on that field).
    /// </summary>
    public const string NumberMissing = "WS122";

    /// <summary>WS123: a cell or a form field is not a plain number (e.g. <c>abc</c>, <c>5,5</c>, <c>1,000</c>, <c>1e3</c>, <c>NaN</c>); the row is not used.</summary>
    public const string NumberInvalid = "WS123";

    /// <summary>WS124: a number is beyond the range or precision of <see cref="decimal"/>; the row is not used.</summary>
    public const string NumberOutOfRange = "WS124";

    /// <summary>WS125 (warning): a deduction is printed with the other sign than the rest of the file; it is read as a deduction.</summary>
    public const string DeductionSignMixed = "WS125";

    /// <summary>WS126: a bonus is negative; the row is not used.</summary>
    public const string BonusNegative = "WS126";

    /// <summary>WS127 (warning): a printed rank is not a positive number; it is kept as printed.</summary>
    public const string RankInvalid = "WS127";

    /// <summary>WS128: a base score is negative; the row is not used.</summary>
    public const string BaseNegative = "WS128";

    /// <summary>WS129 (info): a row marked as not assessed (e.g. <c>不参与考核</c>) is listed apart.</summary>
    public const string NotAssessedRow = "WS129";

    /// <summary>WS130 (warning): the printed total differs from base − deduction + bonus of the same row; the row is scored from its figures (the audit reports it as WS300).</summary>
    public const string PrintedTotalDiffers = "WS130";

    /// <summary>WS131 (warning): invisible format characters (U+FEFF, zero-width spaces, direction marks) were removed from a name or code.</summary>
    public const string InvisibleCharactersRemoved = "WS131";

    /// <summary>WS132: a name or code holds a control character (NUL, bell …); the row is not used.</summary>
    public const string ControlCharacter = "WS132";

    /// <summary>WS133: the table has a header but no data rows.</summary>
    public const string NoDataRows = "WS133";

    /// <summary>WS134: a line inside the table has no field separator but reads as a row (cells separated by spaces); the line is not used and reading goes on.</summary>
    public const string RowNotDelimited = "WS134";

    /// <summary>WS135: a line that looks like a row comes after the end of the table (a line of prose ended it); it is not used.</summary>
    public const string RowAfterTableEnd = "WS135";

    /// <summary>WS202: a deduction or bonus is negative (enter a deduction as a magnitude: 12.5 for a printed -12.5).</summary>
    public const string FigureNegative = "WS202";

    /// <summary>WS203: a base score differs from the scheme's base score (<c>ScoringScheme.BaseScore</c>).</summary>
    public const string BaseScoreMismatch = "WS203";

    /// <summary>WS204: a bonus is above the scheme's bonus cap (<c>ScoringScheme.BonusCap</c>).</summary>
    public const string BonusAboveCap = "WS204";

    /// <summary>WS205: a base score, deduction or bonus is not a multiple of the scheme's step (<c>ScoringScheme.Step</c>, e.g. 0.5).</summary>
    public const string FigureOffStep = "WS205";

    /// <summary>WS206: an input marked not assessed carries figures; a department not assessed has none.</summary>
    public const string NotAssessedHasFigures = "WS206";

    /// <summary>WS207: base − deduction + bonus is beyond the range of <see cref="decimal"/>, so no total can be computed.</summary>
    public const string TotalOutOfRange = "WS207";

    /// <summary>WS210: a scheme's total floor is above its total cap.</summary>
    public const string FloorAboveCap = "WS210";

    /// <summary>WS211: a scheme's total cap is below its base score, so a window with nothing deducted would be cut.</summary>
    public const string CapBelowBase = "WS211";

    /// <summary>WS212: a scheme's total floor is above its base score, so a window with nothing added would be raised.</summary>
    public const string FloorAboveBase = "WS212";

    /// <summary>WS213: a scheme's base score is not a multiple of its step, so no assessment could pass the step rule.</summary>
    public const string BaseOffStep = "WS213";

    /// <summary>WS221 (warning): a table has no period; set it when importing (<c>ImportOptions.Period</c>) or creating the table.</summary>
    public const string PeriodMissing = "WS221";

    /// <summary>WS300 (audit): a printed total differs from base − deduction + bonus.</summary>
    public const string TotalMismatch = "WS300";

    /// <summary>WS301 (audit): a printed rank differs from the competition rank of the recomputed totals.</summary>
    public const string RankMismatch = "WS301";

    /// <summary>WS302 (audit, warning): a later row of a tie prints its rank where the layout leaves the 序号 cell blank.</summary>
    public const string TieRankPrinted = "WS302";

    /// <summary>WS303 (audit): a 序号 cell is blank but the row does not continue a tie.</summary>
    public const string RankBlank = "WS303";

    /// <summary>
    /// WS304: a department appears more than once in one table (compared by <c>Department.Code</c>): reported by the
    /// importer on the later row (kept for the audit; <c>ToTable()</c> refuses the result), by
    /// <c>AssessmentTableValidator</c> on the later entries and by the audit.
    /// </summary>
    public const string DuplicateDepartment = "WS304";

    /// <summary>WS305 (audit): a department of the roster is missing from the table.</summary>
    public const string MissingFromRoster = "WS305";

    /// <summary>WS306 (audit, warning): a department of the table is not on the roster.</summary>
    public const string NotOnRoster = "WS306";

    /// <summary>WS307 (audit): the rows are not in ranked order (a row's total is higher than the row above).</summary>
    public const string OrderMismatch = "WS307";

    /// <summary>WS500: an event is dated outside the period being assessed; it is not counted.</summary>
    public const string EventOutsidePeriod = "WS500";

    /// <summary>WS501: an event names a rule the scheme does not have; it is not counted.</summary>
    public const string UnknownRule = "WS501";

    /// <summary>WS502: an event names a department that is not on the roster; it is not counted.</summary>
    public const string UnknownDepartment = "WS502";

    /// <summary>WS503: an event's value lies outside its rule's range (or a range rule has no chosen value); it is not counted.</summary>
    public const string ValueOutsideRange = "WS503";

    /// <summary>WS504 (warning): an event concerns a department marked not assessed in the period; it is not counted.</summary>
    public const string EventForNotAssessed = "WS504";

    /// <summary>WS505: an event-log row has no rule and an incomplete ad-hoc kind, category or points; the row is not used.</summary>
    public const string EventIncomplete = "WS505";

    /// <summary>WS506: an event-log cell is not a date (expected 2023-11-03, 2023/11/3, 20231103 or 2023年11月3日).</summary>
    public const string DateInvalid = "WS506";

    /// <summary>WS507: an event-log cell is not a known status, role or kind.</summary>
    public const string ValueUnknown = "WS507";

    /// <summary>WS508 (info): an event log has no status column; every event is taken as approved.</summary>
    public const string StatusAssumed = "WS508";

    /// <summary>WS510: a scheme file is not valid JSON, does not have the scheme's shape, or is longer than <c>SchemeJson.MaxChars</c>
    /// (1 Mi = 1,048,576 characters; it is not read further); the diagnostic names the JSON path.</summary>
    public const string SchemeJsonInvalid = "WS510";

    /// <summary>WS511: a scheme file's values break a rule of the scheme (e.g. a maximum below a minimum); the diagnostic names the JSON path.</summary>
    public const string SchemeValueInvalid = "WS511";

    /// <summary>WS400 (history): a table has no period, or its period is not a month; it is not part of the history.</summary>
    public const string HistoryPeriodNotMonth = "WS400";

    /// <summary>WS401 (history): a second table for the same month; the first one given is kept and this one is not used.</summary>
    public const string HistoryMonthRepeated = "WS401";

    /// <summary>
    /// WS402 (history): two rows of one month are the same department once aliases are resolved (e.g. a former and a
    /// current name of a merged department both appear); the first row in ranked order is used, the other is not.
    /// </summary>
    public const string HistoryDepartmentRepeated = "WS402";

    /// <summary>WS403 (history, warning): a month of the period being aggregated has no table in the history.</summary>
    public const string HistoryMonthMissing = "WS403";

    /// <summary>WS404 (history, info): a department was assessed in fewer months of the period than <c>AggregationOptions.MinimumMonths</c>; it is listed apart, not ranked.</summary>
    public const string TooFewMonths = "WS404";

    /// <summary>WS405 (history, warning): a weighted aggregation has no evaluation score for a department; it is listed apart, not ranked (no score is guessed).</summary>
    public const string EvaluationMissing = "WS405";

    /// <summary>WS406 (history): a department's sum or weighted total is beyond the range of <see cref="decimal"/>; it is listed apart, not ranked.</summary>
    public const string AggregateOutOfRange = "WS406";

    /// <summary>
    /// WS407 (history, warning): an evaluation score is not used: its department was not assessed in the period, or
    /// another score already names the same department (under a former name).
    /// </summary>
    public const string EvaluationUnused = "WS407";

    // Ratings (好差评, issue #25): WS800–WS809.

    /// <summary>WS800: a ratings-export cell is not a rating level (expected a word, stars or a digit: 非常满意, 5星, ★★★★★, 5); the row is not used.</summary>
    public const string RatingLevelInvalid = "WS800";

    /// <summary>WS801: a ratings-export row has no rating id (评价编号); the row is not used.</summary>
    public const string RatingIdMissing = "WS801";

    /// <summary>WS802: a ratings-export cell is not a date or time (评价时间, 整改完成时间); the row is not used.</summary>
    public const string RatingTimeInvalid = "WS802";

    /// <summary>WS803: a ratings-export cell is not a known word (默认评价, 整改状态, 申诉状态); the row is not used.</summary>
    public const string RatingValueUnknown = "WS803";

    /// <summary>WS804: a rating id appears a second time in an export; the later row is not used.</summary>
    public const string RatingIdRepeated = "WS804";

    /// <summary>WS805: a rating is dated outside the period being tallied; it is not counted.</summary>
    public const string RatingOutsidePeriod = "WS805";

    /// <summary>WS806 (warning): a rating's rectification date is before the rating's own date; it is read as given (rectified on time).</summary>
    public const string RectifiedBeforeRating = "WS806";

    /// <summary>WS807 (warning): a 差评 is marked rectified without a date; it counts as rectified, neither on time nor overdue.</summary>
    public const string RectifiedWithoutDate = "WS807";

    /// <summary>WS808 (warning): a 差评's rectification deadline falls past the working calendar's years; it is judged neither on time nor overdue (never guessed).</summary>
    public const string DeadlineBeyondCalendar = "WS808";

    /// <summary>WS809: a line of a working calendar is not a date (or range of dates) with 休/holiday or 班/workday; the line is not used.</summary>
    public const string CalendarLineInvalid = "WS809";
}
