using System.Reflection;
using System.Text;
using WindowScoring.Audit;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Ratings;
using WindowScoring.Rules;
using WindowScoring.Tests.Rules;
using WindowScoring.Validation;

namespace WindowScoring.Tests.Domain;

/// <summary>
/// Every code of <see cref="DiagnosticCodes"/> is produced here from a real input (a table, a stream, a scheme file, an
/// event log, a history, a validator's input), in Chinese and in English: the produced diagnostic has the code, and its
/// message in each language is non-empty, differs from the other language's, has every placeholder filled and names no
/// .NET type or enum member. A code added to the catalogue without an entry in <see cref="Producers"/> fails
/// <see cref="EveryDeclaredCode_HasAProducer"/>.
/// </summary>
public sealed partial class EveryCodeProducedTests
{
    private const string Head = "部门窗口,基础分,减分,加分\n";
    private const string TotalHead = "序号,部门窗口,实得分值\n";
    private const string ReportHead = "2023年11月省政务服务大厅进驻部门（单位）窗口考核结果\n序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值\n";
    private static readonly AssessmentPeriod November = AssessmentPeriod.Month(2023, 11);

    private static IReadOnlyList<Diagnostic> Text(string text, ImportOptions? options = null) =>
        AssessmentTableReader.Default.ReadText(text, options).Diagnostics;

    private static IReadOnlyList<Diagnostic> Bytes(byte[] bytes, ImportOptions? options = null) =>
        AssessmentTableReader.Default.Read(new MemoryStream(bytes), options).Diagnostics;

    private static IReadOnlyList<Diagnostic> Audit(string text, params string[] roster) =>
        PublishedTableAudit.Default.Check(AssessmentTableReader.Default.ReadText(text).ToPublishedTable(), roster.Length == 0 ? null : roster.Select(Department.FromName)).Diagnostics;

    private static IReadOnlyList<Diagnostic> Events(string log) => EventLogReader.Default.ReadText(log).Diagnostics;

    private static IReadOnlyList<Diagnostic> Scheme(string json) => SchemeJson.Load(json).Diagnostics;

    private static IReadOnlyList<Diagnostic> Assess(params AssessmentEvent[] events)
    {
        var scheme = SchemeJson.LoadFile(SchemeJsonTests.SampleSchemePath).EnsureSuccess().Scheme!;
        return new ScoringEngine(scheme).Assess(November, [D("A"), D("New")], events, new Dictionary<Department, string> { [D("New")] = "新进驻" }).Diagnostics;
    }

    private static AssessmentEvent E(string department, string rule, decimal quantity = 1m, decimal? value = null, int month = 11) =>
        new(D(department), new DateOnly(2023, month, 10), rule, quantity, value);

    private static IReadOnlyList<Diagnostic> Input(AssessmentInput input) =>
        new AssessmentInputValidator(new ScoringScheme { BonusCap = 20m, Step = 0.5m }).Validate(input).ToDiagnostics();

    private static readonly AssessmentInput Valid = new() { DepartmentName = "教育厅", BaseScore = 100m, Deduction = 12.5m, Bonus = 4m };

    private static Department D(string name) => Department.FromName(name);

    private static RankedTable Month(int month, params (string Name, decimal Total)[] rows) =>
        ScoringEngine.Default.Rank(rows.Select(r => Assessment.FromTotal(D(r.Name), r.Total)), AssessmentPeriod.Month(2023, month));

    private static AssessmentHistory TwoMonths() => new([Month(10, ("甲", 100m), ("乙", 90m)), Month(11, ("甲", 99m))]);

    private static IReadOnlyList<Diagnostic> Aggregate(AssessmentHistory history, AggregationOptions options) =>
        history.Aggregate(AssessmentPeriod.Quarter(2023, 4), options).Diagnostics;

    /// <summary>Each code with an input that produces it (the first diagnostic with the code is checked).</summary>
    internal static readonly IReadOnlyDictionary<string, Func<IReadOnlyList<Diagnostic>>> Producers = new Dictionary<string, Func<IReadOnlyList<Diagnostic>>>
    {
        // Import: limits, encoding, structure.
        [DiagnosticCodes.InputTooLarge] = () => Bytes(Encoding.UTF8.GetBytes(Head + "A,100,0,0\n" + new string('x', 200)), new ImportOptions { MaxBytes = 64 }),
        [DiagnosticCodes.TooManyRows] = () => Text("部门,得分\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"D{i},{i}\n")), new ImportOptions { MaxRows = 10 }),
        [DiagnosticCodes.FieldTooLong] = () => Text("部门,得分\n" + new string('x', 5000) + ",1\n公安厅,107\n"),
        [DiagnosticCodes.TooManyColumns] = () => Text("部门,实得分值\n教育厅,89" + new string(',', 100) + "\n公安厅,90\n"),
        [DiagnosticCodes.EncodingUsed] = () => Bytes(Encoding.UTF8.GetBytes(Head + "教育厅,100,0,0\n")),
        [DiagnosticCodes.EncodingInvalid] = () => Bytes([.. Encoding.ASCII.GetBytes("dept,total\nA,1\n"), 0x80, 0xFF, 0x80, (byte)',', (byte)'1', (byte)'\n']),
        [DiagnosticCodes.NoHeader] = () => Bytes([]),
        [DiagnosticCodes.MissingColumns] = () => Text("名称,分数\n教育厅,89\n"),
        [DiagnosticCodes.DuplicateColumn] = () => Text("部门,单位,得分\nA,B,1\n"),
        [DiagnosticCodes.RepeatedHeader] = () => Text("部门窗口,实得分值\nA,1\n部门窗口,实得分值\nB,2\n"),
        [DiagnosticCodes.MalformedRecord] = () => Text("部门窗口,实得分值\nA,1\n\"B,2\nC,3\n"),
        [DiagnosticCodes.TableNotFound] = () => Text("本月考核工作已经完成\n请各窗口按时报送材料\n"),
        [DiagnosticCodes.PeriodInferred] = () => Text(ReportHead + "1\t自然资源厅\t100\t0\t20\t120\n"),
        [DiagnosticCodes.TableEnded] = () => Text(ReportHead + "1\t自然资源厅\t100\t0\t20\t120\n报：省政府办公厅\n"),

        // Import: rows.
        [DiagnosticCodes.FieldCount] = () => Text(Head + "A,100,0\n"),
        [DiagnosticCodes.DepartmentMissing] = () => Text(Head + " ,100,0,0\n"),
        [DiagnosticCodes.NumberMissing] = () => Text(Head + "A,100,,0\n"),
        [DiagnosticCodes.NumberInvalid] = () => Text(Head + "A,100,0,abc\n"),
        [DiagnosticCodes.NumberOutOfRange] = () => Text(Head + "A,100,1.0000000000000000000000000001,0\n"),
        [DiagnosticCodes.DeductionSignMixed] = () => Text(Head + "A,100,-1,0\nB,100,2,0\n"),
        [DiagnosticCodes.BonusNegative] = () => Text(Head + "A,100,0,-1\n"),
        [DiagnosticCodes.RankInvalid] = () => Text(TotalHead + "0,A,100\n"),
        [DiagnosticCodes.BaseNegative] = () => Text(Head + "A,-100,0,0\n"),
        [DiagnosticCodes.NotAssessedRow] = () => Text("部门窗口,实得分值\nA,100\nB,不参与考核\n"),
        [DiagnosticCodes.PrintedTotalDiffers] = () => Text("部门,基础分,减分,加分,实得分值\n教育厅,100,0,20,999\n"),
        [DiagnosticCodes.InvisibleCharactersRemoved] = () => Text("部门窗口,实得分值\n教\u200B育厅,89\n"),
        [DiagnosticCodes.ControlCharacter] = () => Text("部门,实得分值\n乙\0,89\n"),
        [DiagnosticCodes.NoDataRows] = () => Text("部门窗口,实得分值\n"),
        [DiagnosticCodes.RowNotDelimited] = () => Text(ReportHead + "1\t自然资源厅\t100\t0\t20\t120\n2 交通运输厅 100 0 19 119\n"),
        [DiagnosticCodes.RowAfterTableEnd] = () => Text(ReportHead + "1\t自然资源厅\t100\t0\t20\t120\n报：省政府办公厅\n3\t教育厅\t100\t0\t14.5\t114.5\n"),

        // Validation and the scheme's own consistency.
        [DiagnosticCodes.FigureNegative] = () => Input(Valid with { Deduction = -12.5m }),
        [DiagnosticCodes.BaseScoreMismatch] = () => Input(Valid with { BaseScore = 90m }),
        [DiagnosticCodes.BonusAboveCap] = () => Input(Valid with { Bonus = 24.5m }),
        [DiagnosticCodes.FigureOffStep] = () => Input(Valid with { Bonus = 0.3m }),
        [DiagnosticCodes.NotAssessedHasFigures] = () => Input(new AssessmentInput { DepartmentName = "新进驻单位", NotAssessed = true, Deduction = 1m }),
        [DiagnosticCodes.TotalOutOfRange] = () => Input(Valid with { Deduction = 0m, Bonus = decimal.MaxValue }),
        [DiagnosticCodes.FloorAboveCap] = () => Scheme("{ \"totalCap\": 100, \"totalFloor\": 100.5 }"),
        [DiagnosticCodes.CapBelowBase] = () => Scheme("{ \"baseScore\": 150, \"totalCap\": 110 }"),
        [DiagnosticCodes.FloorAboveBase] = () => Scheme("{ \"totalFloor\": 101 }"),
        [DiagnosticCodes.BaseOffStep] = () => Scheme("{ \"baseScore\": 100, \"step\": 0.3 }"),
        [DiagnosticCodes.PeriodMissing] = () => new AssessmentTableValidator().Validate(new AssessmentTable([Assessment.FromTotal(D("A"), 100m)])).ToDiagnostics(),

        // Audit.
        [DiagnosticCodes.TotalMismatch] = () => Audit("序号,部门窗口,基础分,减分,加分,实得分值\n1,A,100,0,5,100\n"),
        [DiagnosticCodes.RankMismatch] = () => Audit(TotalHead + "2,A,100\n"),
        [DiagnosticCodes.TieRankPrinted] = () => Audit(TotalHead + "1,A,100\n1,B,100\n"),
        [DiagnosticCodes.RankBlank] = () => Audit(TotalHead + ",A,100\n"),
        [DiagnosticCodes.DuplicateDepartment] = () => Audit(TotalHead + "1,A,100\n2,A,100\n"),
        [DiagnosticCodes.MissingFromRoster] = () => Audit(TotalHead + "1,A,100\n", "A", "B"),
        [DiagnosticCodes.NotOnRoster] = () => Audit(TotalHead + "1,A,100\n2,B,90\n", "A"),
        [DiagnosticCodes.OrderMismatch] = () => Audit(TotalHead + "1,A,90\n2,B,100\n"),

        // Events and scheme files.
        [DiagnosticCodes.EventOutsidePeriod] = () => Assess(E("A", "JL-01", month: 12)),
        [DiagnosticCodes.UnknownRule] = () => Assess(E("A", "XX-99")),
        [DiagnosticCodes.UnknownDepartment] = () => Assess(E("Nobody", "JL-01")),
        [DiagnosticCodes.ValueOutsideRange] = () => Assess(E("A", "FW-01", value: 6m)),
        [DiagnosticCodes.EventForNotAssessed] = () => Assess(E("New", "JL-01")),
        [DiagnosticCodes.EventIncomplete] = () => Events("部门,日期,规则,数量,状态\nA,2023-11-01,,1,已审核\n"),
        [DiagnosticCodes.DateInvalid] = () => Events("部门,日期,规则,数量,状态\nA,2023-11-31,JL-01,1,已审核\n"),
        [DiagnosticCodes.ValueUnknown] = () => Events("部门,日期,规则,数量,状态\nA,2023-11-01,JL-01,1,maybe\n"),
        [DiagnosticCodes.StatusAssumed] = () => Events("department;date;kind;category;points\nCustoms;20231105;bonus;Commendation;2\n"),
        [DiagnosticCodes.SchemeJsonInvalid] = () => Scheme("{ \"foo\": 1 }"),
        [DiagnosticCodes.SchemeValueInvalid] = () => Scheme("{ \"baseScore\": 0 }"),

        // History.
        [DiagnosticCodes.HistoryPeriodNotMonth] = () => AssessmentHistory.FromTables([ScoringEngine.Default.Rank([Assessment.FromTotal(D("A"), 100m)])]).Diagnostics,
        [DiagnosticCodes.HistoryMonthRepeated] = () => AssessmentHistory.FromTables([Month(10, ("甲", 100m)), Month(10, ("甲", 90m))]).Diagnostics,
        [DiagnosticCodes.HistoryDepartmentRepeated] = () =>
            new AssessmentHistory([Month(10, ("省林业厅", 95m), ("省林草局", 90m))], DepartmentAliases.Empty.Add("省林业厅", "省林草局")).Diagnostics,
        [DiagnosticCodes.HistoryMonthMissing] = () => Aggregate(TwoMonths(), new AggregationOptions { Method = AggregationMethod.Sum }),
        [DiagnosticCodes.TooFewMonths] = () => Aggregate(TwoMonths(), new AggregationOptions { Method = AggregationMethod.Sum, MinimumMonths = 2 }),
        [DiagnosticCodes.EvaluationMissing] = () => Aggregate(TwoMonths(), new AggregationOptions
        {
            Method = AggregationMethod.Weighted, MonthlyWeight = 0.8m, EvaluationWeight = 0.2m, Evaluations = new Dictionary<Department, decimal> { [D("甲")] = 90m },
        }),
        [DiagnosticCodes.AggregateOutOfRange] = () => Aggregate(
            new AssessmentHistory([Month(10, ("甲", 50_000_000_000_000_000_000_000_000_000m)), Month(11, ("甲", 50_000_000_000_000_000_000_000_000_000m))]),
            new AggregationOptions { Method = AggregationMethod.Sum }),
        [DiagnosticCodes.EvaluationUnused] = () => Aggregate(TwoMonths(), new AggregationOptions
        {
            Method = AggregationMethod.Weighted, MonthlyWeight = 0.8m, EvaluationWeight = 0.2m,
            Evaluations = new Dictionary<Department, decimal> { [D("甲")] = 90m, [D("乙")] = 80m, [D("丙")] = 70m },
        }),
        [DiagnosticCodes.TooManyDiagnostics] = () => Text("部门,得分\n" + string.Concat(Enumerable.Range(0, 5).Select(i => $"D{i},x{i}\n")), new ImportOptions { MaxDiagnostics = 2 }),
        [DiagnosticCodes.RatingLevelInvalid] = () => Ratings("R1,2025-09-03,教育厅,六星\n"),
        [DiagnosticCodes.RatingIdMissing] = () => Ratings(",2025-09-03,教育厅,5\n"),
        [DiagnosticCodes.RatingTimeInvalid] = () => Ratings("R1,2025-13-01,教育厅,5\n"),
        [DiagnosticCodes.RatingValueUnknown] = () => RatingReader.Default.ReadText("评价编号,评价时间,部门,评价等级,申诉状态\nR1,2025-09-03,教育厅,1,上诉\n").Diagnostics,
        [DiagnosticCodes.RatingIdRepeated] = () => Ratings("R1,2025-09-03,教育厅,5\nR1,2025-09-04,教育厅,4\n"),
        [DiagnosticCodes.RatingOutsidePeriod] = () => RatingTally.Tabulate(RatingReader.Default.ReadText(RatingHead + "R1,2025-08-31,教育厅,5\n").Ratings, AssessmentPeriod.Month(2025, 9)).Diagnostics,
        [DiagnosticCodes.RectifiedBeforeRating] = () => RatingReader.Default.ReadText("评价编号,评价时间,部门,评价等级,整改状态,整改完成时间\nR1,2025-09-10,A,1,已整改,2025-09-01\n").Diagnostics,
        [DiagnosticCodes.RectifiedWithoutDate] = () => RatingReader.Default.ReadText("评价编号,评价时间,部门,评价等级,整改状态,整改完成时间\nR1,2025-09-10,A,2,已整改,\n").Diagnostics,
        [DiagnosticCodes.DeadlineBeyondCalendar] = () => RatingTally.Tabulate(
            RatingReader.Default.ReadText(RatingHead + "R1,2025-12-22,A,1\n").Ratings, AssessmentPeriod.Month(2025, 12),
            calendar: WorkingCalendar.Parse("2025-10-01..2025-10-08 休\n").EnsureSuccess().Calendar, asOf: new DateOnly(2026, 3, 1)).Diagnostics,
        [DiagnosticCodes.CalendarLineInvalid] = () => WorkingCalendar.Parse("2025-13-01 休\n").Diagnostics,
    };

    private const string RatingHead = "评价编号,评价时间,部门,评价等级\n";

    private static IReadOnlyList<Diagnostic> Ratings(string rows) => RatingReader.Default.ReadText(RatingHead + rows).Diagnostics;

    private static IEnumerable<string> ProducedCodes() => Producers.Keys;

    [Test]
    public void EveryDeclaredCode_HasAProducer()
    {
        var declared = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        declared.Should().NotBeEmpty();
        Producers.Keys.Should().BeEquivalentTo(declared, "a code no input produces is either untested or dead");
    }

    [TestCaseSource(nameof(ProducedCodes))]
    public void Code_IsProduced_WithAFilledMessageInEachLanguage(string code)
    {
        var zh = Produce(code, "zh-CN");
        var en = Produce(code, "en");

        MessageText.ShouldBeCatalogueText(zh.Message, en.Message, code);
    }

    [TestCase("第 3 行：UnterminatedQuote。", "Line 3: UnterminatedQuote.")]
    [TestCase("第 3 行：ChiefRepresentative。", "Line 3: ChiefRepresentative.")]
    [TestCase("第 {0} 行。", "Line 3.")]
    [TestCase("第 3 行。", "Line 3 of System.Decimal.")]
    [TestCase("Line 3.", "Line 3.")]
    public void MessageCheck_RejectsEnumNamesPlaceholdersAndOneLanguage(string zh, string en) =>
        FluentActions.Invoking(() => MessageText.ShouldBeCatalogueText(zh, en, "a planted text")).Should().Throw<AssertionException>();

    private static Diagnostic Produce(string code, string culture)
    {
        using var _ = new MessageCultureScope(culture);
        var produced = Producers[code]();
        produced.Should().Contain(d => d.Code == code, $"the input for {code} produces it (produced: {string.Join(", ", produced.Select(d => d.Code))})");
        return produced.First(d => d.Code == code);
    }
}
