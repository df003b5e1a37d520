using System.Globalization;

namespace WindowScoring;

/// <summary>
/// The library's own texts, one file per language (<c>Messages.zh-CN.cs</c>, <c>Messages.en.cs</c>), and the variant keys
/// the code uses: the seed of <see cref="MessageCatalog"/>, the one catalogue every message is read from (companion
/// packages add theirs with <see cref="MessageCatalog.Register"/>, hosts their own wording with
/// <see cref="MessageCatalog.SetText"/>).
/// </summary>
/// <remarks>
/// <para>Keys: a diagnostic code (<c>WS121</c>) when the code has one message; the code and a variant
/// (<c>WS116.UnterminatedQuote</c>) when it has several. Alert texts are keyed by <c>Alert.</c> and the alert kind
/// (alerts carry a kind, not a code). Variant keys are the constants below, so a language file cannot misspell one.
/// Terms are fragments that go into templates or around them (a figure's name, the word for a severity) and are keyed
/// by name; they are in the catalogue too, so a host can reword them.</para>
/// <para>Diagnostics are made from these texts by <see cref="Problems"/> (inside the library) and by
/// <see cref="Diagnostic.Create"/> (for packages and hosts). Stateless and thread-safe.</para>
/// </remarks>
internal static partial class Messages
{
    internal const string MissingColumnsEventLog = DiagnosticCodes.MissingColumns + ".EventLog";
    internal const string InputTooLargeChars = DiagnosticCodes.InputTooLarge + ".Chars";
    internal const string NotText = DiagnosticCodes.ControlCharacter + ".NotText";
    internal const string NotTextLine = DiagnosticCodes.ControlCharacter + ".NotTextLine";
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

    // Ratings (好差评, issue #25).
    internal const string MissingColumnsRatings = DiagnosticCodes.MissingColumns + ".Ratings";
    internal const string RatingDepartmentMissing = DiagnosticCodes.DepartmentMissing + ".Rating";

    /// <summary>Term: the name of the base score, deduction or bonus (keyed by property name), and other fragments.</summary>
    internal const string TableNumbered = "TableNumbered";
    internal const string TableTitled = "TableTitled";
    internal const string AlertFigure = "AlertFigure";
    internal const string AlertBottomCount = "AlertBottomCount";
    internal const string AlertBottomPercent = "AlertBottomPercent";
    internal const string AlertDropCount = "AlertDropCount";
    internal const string AlertDropPercent = "AlertDropPercent";
    internal const string EventsOutOfRangeReason = "EventsOutOfRangeReason";

    internal const string SchemeUnknownProperty = DiagnosticCodes.SchemeJsonInvalid + ".UnknownProperty";
    internal const string SchemeType = DiagnosticCodes.SchemeJsonInvalid + ".Type";
    internal const string SchemeNotNumber = DiagnosticCodes.SchemeJsonInvalid + ".NotNumber";
    internal const string SchemeInexact = DiagnosticCodes.SchemeJsonInvalid + ".Inexact";
    internal const string SchemeNotPositive = DiagnosticCodes.SchemeValueInvalid + ".NotPositive";
    internal const string SchemeNegative = DiagnosticCodes.SchemeValueInvalid + ".Negative";
    internal const string SchemeRangeReversed = DiagnosticCodes.SchemeValueInvalid + ".RangeReversed";
    internal const string SchemeShare = DiagnosticCodes.SchemeValueInvalid + ".Share";

    /// <summary>Terms of <see cref="Diagnostic.ToString"/>: the line, the separator after it, a quoted raw value, each severity.</summary>
    internal const string LineTerm = "Diagnostic.Line";
    internal const string SeparatorTerm = "Diagnostic.Separator";
    internal const string QuotedTerm = "Diagnostic.Quoted";
    internal const string SeverityPrefix = "Severity.";

    /// <summary>Term: what separates the items of a list inside a message (<c>, </c> or <c>，</c>).</summary>
    internal const string ListSeparatorTerm = "ListSeparator";

    /// <summary>
    /// Terms: the note a written table prints beside a total that a limit of the scheme changed, keyed by this prefix and
    /// the <see cref="ScoreLimits"/> flag (<c>Limit.BonusCap</c>), so a companion package reads them with
    /// <see cref="MessageCatalog.GetText"/> and a hall rewords them like any other text.
    /// </summary>
    internal const string LimitPrefix = "Limit.";

    /// <summary>The note of the limits that changed a total, in the language of <paramref name="culture"/> (加分封顶，总分封顶);
    /// empty when none did.</summary>
    internal static string LimitsNote(ScoreLimits limits, CultureInfo culture) => string.Join(
        Term(ListSeparatorTerm, culture),
        Enum.GetValues<ScoreLimits>().Where(l => l != ScoreLimits.None && limits.HasFlag(l)).Select(l => Term(LimitPrefix + l, culture)));

    /// <summary>Every key of the templates (the same in each language; a test checks it).</summary>
    internal static IEnumerable<string> Keys => English.Keys;

    /// <summary>The templates of each language, for the catalogue's tests.</summary>
    internal static IReadOnlyDictionary<string, string> ChineseTemplates => Chinese;

    /// <inheritdoc cref="ChineseTemplates"/>
    internal static IReadOnlyDictionary<string, string> EnglishTemplates => English;

    /// <summary>The English terms, seeded into the catalogue beside the templates.</summary>
    internal static IReadOnlyDictionary<string, string> EnglishTermTexts => EnglishTerms;

    /// <summary>The term keys of each language, for the catalogue's tests.</summary>
    internal static (IReadOnlyCollection<string> Chinese, IReadOnlyCollection<string> English) TermKeys => (ChineseTerms.Keys, EnglishTerms.Keys);

    /// <summary>The code a key belongs to: the key up to its first dot (null for an alert key).</summary>
    internal static string? CodeOf(string key) =>
        key.StartsWith(AlertPrefix, StringComparison.Ordinal) ? null : MessageCatalog.CodeOf(key);

    /// <summary>The Chinese text (template or term) of a key.</summary>
    internal static string ChineseText(string key) => Chinese.TryGetValue(key, out var text) ? text : ChineseTerms[key];

    /// <summary>The message of <paramref name="key"/> in <see cref="MessageCatalog.ActiveCulture"/>, filled invariantly.</summary>
    internal static string Format(string key, params object?[] args) => MessageCatalog.Format(key, MessageCatalog.ActiveCulture, args);

    /// <summary>The message of <paramref name="key"/> in the language of <paramref name="culture"/>, filled invariantly.</summary>
    internal static string Format(string key, CultureInfo culture, params object?[] args) => MessageCatalog.Format(key, culture, args);

    /// <summary>A term (a fragment that goes into a template) in <see cref="MessageCatalog.ActiveCulture"/>, filled invariantly.</summary>
    internal static string Term(string key, params object?[] args) => MessageCatalog.Format(key, MessageCatalog.ActiveCulture, args);

    /// <summary>A term in the language of <paramref name="culture"/>, filled invariantly.</summary>
    internal static string Term(string key, CultureInfo culture, params object?[] args) => MessageCatalog.Format(key, culture, args);

    /// <summary>True when the catalogue's own text for <paramref name="culture"/> is Chinese.</summary>
    internal static bool IsChinese(CultureInfo culture) => MessageCatalog.IsChinese(culture);
}
