using System.Globalization;

namespace WindowScoring;

/// <summary>
/// The one catalogue of the library's messages: every diagnostic, audit finding, unranked reason and alert text, in
/// Simplified Chinese (<c>Messages.zh-CN.cs</c>) and English (<c>Messages.en.cs</c>), one file per language.
/// </summary>
/// <remarks>
/// <para>Keys: a diagnostic code (<c>WS121</c>) when the code has one message; the code and a variant
/// (<c>WS116.UnterminatedQuote</c>) when it has several. Alert texts are keyed by <c>Alert.</c> and the alert kind
/// (alerts carry a kind, not a code). Variant keys are the constants below, so a language file cannot misspell one.</para>
/// <para>Templates are composite formats filled with <see cref="CultureInfo.InvariantCulture"/>; callers pass scores
/// already formatted (<see cref="ScoreText.Format"/>). Terms are fragments that go into templates (a figure's name,
/// a column's name).</para>
/// <para>Language rule: a culture whose name starts with <c>zh</c> gets Chinese, every other culture (the invariant one
/// included) English; a null culture means <see cref="CultureInfo.CurrentUICulture"/> at the time of the call.
/// Diagnostics are made from these texts by <see cref="Problems"/>. Stateless and thread-safe.</para>
/// </remarks>
internal static partial class Messages
{
    internal const string MissingColumnsEventLog = DiagnosticCodes.MissingColumns + ".EventLog";
    internal const string InputTooLargeChars = DiagnosticCodes.InputTooLarge + ".Chars";
    internal const string RecordTooLong = DiagnosticCodes.FieldTooLong + ".Record";
    internal const string LineTooLong = DiagnosticCodes.FieldTooLong + ".Line";
    internal const string UnterminatedQuote = DiagnosticCodes.MalformedRecord + ".UnterminatedQuote";
    internal const string StrayQuote = DiagnosticCodes.MalformedRecord + ".StrayQuote";
    internal const string TextAfterQuote = DiagnosticCodes.MalformedRecord + ".TextAfterQuote";
    internal const string PeriodFromTitle = DiagnosticCodes.PeriodInferred + ".Title";
    internal const string PeriodFromFileName = DiagnosticCodes.PeriodInferred + ".FileName";
    internal const string TotalOutOfRange = DiagnosticCodes.NumberOutOfRange + ".Total";
    internal const string EventsOutOfRange = DiagnosticCodes.NumberOutOfRange + ".Events";
    internal const string DeductionsPrintedNegative = DiagnosticCodes.DeductionSignMixed + ".PrintedNegative";
    internal const string DeductionsPrintedPositive = DiagnosticCodes.DeductionSignMixed + ".PrintedPositive";
    internal const string EventNumber = DiagnosticCodes.NumberInvalid + ".Event";
    internal const string QuantityNotPositive = DiagnosticCodes.NumberInvalid + ".Quantity";
    internal const string ValueNegative = DiagnosticCodes.NumberInvalid + ".Value";
    internal const string DuplicateDepartmentImport = DiagnosticCodes.DuplicateDepartment + ".Import";
    internal const string DuplicateDepartmentEntry = DiagnosticCodes.DuplicateDepartment + ".Entry";
    internal const string DepartmentNotGiven = DiagnosticCodes.DepartmentMissing + ".Input";
    internal const string FigureMissing = DiagnosticCodes.NumberMissing + ".Figure";
    internal const string FigureInvalid = DiagnosticCodes.NumberInvalid + ".Figure";
    internal const string ValueNeeded = DiagnosticCodes.ValueOutsideRange + ".NoValue";
    internal const string ValueOverflow = DiagnosticCodes.ValueOutsideRange + ".Overflow";
    internal const string SchemeSyntax = DiagnosticCodes.SchemeJsonInvalid + ".Syntax";
    internal const string SchemeNull = DiagnosticCodes.SchemeJsonInvalid + ".Null";
    internal const string SchemeTooLarge = DiagnosticCodes.SchemeJsonInvalid + ".TooLarge";
    internal const string SchemeDuplicateKey = DiagnosticCodes.SchemeJsonInvalid + ".DuplicateKey";
    internal const string SchemeNotUtf8 = DiagnosticCodes.SchemeJsonInvalid + ".NotUtf8";
    internal const string SchemeNullRule = DiagnosticCodes.SchemeJsonInvalid + ".NullRule";
    internal const string SchemeNullHonour = DiagnosticCodes.SchemeJsonInvalid + ".NullHonour";
    internal const string SchemeNullGrade = DiagnosticCodes.SchemeJsonInvalid + ".NullGrade";
    internal const string PointsAndRange = DiagnosticCodes.SchemeValueInvalid + ".PointsAndRange";
    internal const string PointsMissing = DiagnosticCodes.SchemeValueInvalid + ".PointsMissing";
    internal const string RuleFieldMissing = DiagnosticCodes.SchemeValueInvalid + ".RuleFieldMissing";
    internal const string RuleRepeated = DiagnosticCodes.SchemeValueInvalid + ".RuleRepeated";
    internal const string HonourIncomplete = DiagnosticCodes.SchemeValueInvalid + ".HonourIncomplete";
    internal const string GradeIncomplete = DiagnosticCodes.SchemeValueInvalid + ".GradeIncomplete";
    internal const string GradeRepeated = DiagnosticCodes.SchemeValueInvalid + ".GradeRepeated";
    internal const string SchemeDate = DiagnosticCodes.SchemeValueInvalid + ".Date";
    internal const string SchemeChoice = DiagnosticCodes.SchemeValueInvalid + ".Choice";
    internal const string PeriodNotMonth = DiagnosticCodes.HistoryPeriodNotMonth + ".NotMonth";
    internal const string PeriodNone = DiagnosticCodes.HistoryPeriodNotMonth + ".NoPeriod";
    internal const string SumOutOfRange = DiagnosticCodes.AggregateOutOfRange + ".Sum";
    internal const string WeightedOutOfRange = DiagnosticCodes.AggregateOutOfRange + ".Weighted";
    internal const string EvaluationNotAssessed = DiagnosticCodes.EvaluationUnused + ".NotAssessed";
    internal const string EvaluationTaken = DiagnosticCodes.EvaluationUnused + ".Taken";
    internal const string AlertPrefix = "Alert.";

    /// <summary>Term: the name of the base score, deduction or bonus (keyed by property name), and other fragments.</summary>
    internal const string TableNumbered = "TableNumbered";
    internal const string TableTitled = "TableTitled";
    internal const string AlertFigure = "AlertFigure";
    internal const string EventsOutOfRangeReason = "EventsOutOfRangeReason";

    /// <summary>Every key of the templates (the same in each language; a test checks it).</summary>
    internal static IEnumerable<string> Keys => English.Keys;

    /// <summary>The keys of each language, for the catalogue's tests.</summary>
    internal static IReadOnlyDictionary<string, string> ChineseTemplates => Chinese;

    /// <inheritdoc cref="ChineseTemplates"/>
    internal static IReadOnlyDictionary<string, string> EnglishTemplates => English;

    /// <summary>The code a key belongs to: the key up to its first dot (null for an alert key).</summary>
    internal static string? CodeOf(string key) =>
        key.StartsWith(AlertPrefix, StringComparison.Ordinal) ? null : key.Split('.', 2)[0];

    /// <summary>True when messages for <paramref name="culture"/> are Chinese (its name starts with <c>zh</c>); null means the current UI culture.</summary>
    internal static bool IsChinese(CultureInfo? culture) =>
        (culture ?? CultureInfo.CurrentUICulture).Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message of <paramref name="key"/> in the language of <paramref name="culture"/>, filled invariantly.</summary>
    internal static string Format(string key, CultureInfo? culture, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, (IsChinese(culture) ? Chinese : English)[key], args);

    /// <summary>A term (a fragment that goes into a template) in the language of <paramref name="culture"/>, filled invariantly.</summary>
    internal static string Term(string key, CultureInfo? culture, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, (IsChinese(culture) ? ChineseTerms : EnglishTerms)[key], args);

    /// <summary>The term keys of each language, for the catalogue's tests.</summary>
    internal static (IReadOnlyCollection<string> Chinese, IReadOnlyCollection<string> English) TermKeys => (ChineseTerms.Keys, EnglishTerms.Keys);
}
