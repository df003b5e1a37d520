using System.Globalization;
using System.Text;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>
/// Survivors of the mutation run in the import core (DelimitedTableSource, TableRowReader, TableRowParser, CellText,
/// Utf8Cells): the limits at their bound and one past it, the source's malformed-record bookkeeping, the markers of a
/// department not assessed, columns at index 0, duplicates by code or name, and the sync, async and streaming reads agreeing.
/// </summary>
[TestFixture]
public sealed class ParserMutantTests
{
    private static ImportResult Csv(string text, ImportOptions? options = null) =>
        AssessmentTableReader.Default.ReadText(text, (options ?? new ImportOptions()) with { Format = TableFormat.Delimited, Delimiter = ',' });

    private static ImportResult Bytes(string text, ImportOptions? options = null) =>
        AssessmentTableReader.Default.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), (options ?? new ImportOptions()) with { Format = TableFormat.Delimited, Delimiter = ',' });

    private static ImportResult Cells(params string[][] records) => AssessmentTableReader.Default.Read(new CellTableSource(records));

    private static IEnumerable<(string Code, int? Line)> Codes(DiagnosticResult<ImportResult> result) =>
        result.Diagnostics.Where(d => d.Code != DiagnosticCodes.EncodingUsed).Select(d => (d.Code, d.Line));

    // Text, bytes, bytes read asynchronously and bytes streamed row by row: rows (name, line) and diagnostics (code, line, severity).
    private static async Task<string[]> EveryWay(string text, ImportOptions options)
    {
        options = options with { Format = TableFormat.Delimited, Delimiter = ',' };
        var bytes = Encoding.UTF8.GetBytes(text);
        static string Describe(IEnumerable<PublishedRow> rows, IEnumerable<Diagnostic> diagnostics) =>
            string.Join("; ", rows.Select(r => r.Department.Name + "@" + r.Line.ToString(CultureInfo.InvariantCulture)))
            + " / " + string.Join("; ", diagnostics.Where(d => d.Code != DiagnosticCodes.EncodingUsed)
                .Select(d => d.Code + "@" + d.Line?.ToString(CultureInfo.InvariantCulture) + ":" + d.Severity));

        var text1 = AssessmentTableReader.Default.ReadText(text, options);
        var stream = AssessmentTableReader.Default.Read(new MemoryStream(bytes), options);
        var async = await AssessmentTableReader.Default.ReadAsync(new AsyncOnlyStream(bytes), options);
        var streamed = new List<PublishedRow>();
        var summary = AssessmentTableReader.Default.ReadEach(new MemoryStream(bytes), streamed.Add, options);
        var streamedText = new List<PublishedRow>();
        var summaryText = AssessmentTableReader.Default.ReadEach(new StringReader(text), streamedText.Add, options);
        return
        [
            Describe(text1.Rows, text1.Diagnostics),
            Describe(stream.Rows, stream.Diagnostics),
            Describe(async.Rows, async.Diagnostics),
            Describe(streamed, summary.Diagnostics),
            Describe(streamedText, summaryText.Diagnostics),
        ];
    }

    // ---- DelimitedTableSource: the record limit (MaxFieldLength × MaxColumns, CsvHelper's buffer three times that) ----

    [Test]
    public async Task RecordFarPastTheRecordLimit_StopsTheRead_NamingTheLimit_EveryWay()
    {
        using var english = new MessageCultureScope("en");
        var options = new ImportOptions { MaxFieldLength = 5, MaxColumns = 3 }; // records of 15 characters, a buffer of 45
        var text = "部门窗口,实得分值\n甲,90\n乙," + new string('9', 100) + "\n丙,80\n";

        var outcomes = await EveryWay(text, options);
        var result = Csv(text, options);

        outcomes.Should().AllBe("甲@2 / " + DiagnosticCodes.FieldTooLong + "@3:Error");
        result.Errors.Should().ContainSingle().Which.Message.Should().Be("A record is longer than 15 characters; reading stopped at this line.");
    }

    [Test]
    public async Task FieldPastTheFieldLimit_ButWithinTheRecordBuffer_RefusesOnlyItsRow_EveryWay()
    {
        using var english = new MessageCultureScope("en");
        var small = new ImportOptions { MaxFieldLength = 5, MaxColumns = 3 };
        var smallText = "部门窗口,实得分值\n甲,90\n乙," + new string('9', 30) + "\n丙,80\n";
        // The default buffer is 3 × 4096 × 64 characters: a field of 300,000 is within it (but past a third of it).
        var defaultText = "部门窗口,实得分值\n甲,90\n乙," + new string('9', 300_000) + "\n丙,80\n";

        var outcomes = (await EveryWay(smallText, small)).Concat(await EveryWay(defaultText, new ImportOptions()));
        var smallResult = Csv(smallText, small);
        var defaultResult = Bytes(defaultText);

        outcomes.Should().HaveCount(10).And.AllBe("甲@2; 丙@4 / " + DiagnosticCodes.FieldTooLong + "@3:Error");
        smallResult.Errors.Should().ContainSingle().Which.Message.Should().Be("A field is longer than 5 characters (ImportOptions.MaxFieldLength); the row is not used.");
        defaultResult.Errors.Should().ContainSingle().Which.Message.Should().Be("A field is longer than 4096 characters (ImportOptions.MaxFieldLength); the row is not used.");
    }

    [Test]
    public void RecordPastTheDefaultBuffer_StopsTheRead_NamingFieldsTimesColumns()
    {
        using var english = new MessageCultureScope("en");
        var text = "部门窗口,实得分值\n甲,90\n乙," + new string('9', 800_000) + "\n丙,80\n";

        var result = Bytes(text);

        result.Rows.Select(r => r.Department.Name).Should().Equal("甲");
        var error = result.Errors.Should().ContainSingle().Subject;
        (error.Code, error.Line).Should().Be((DiagnosticCodes.FieldTooLong, (int?)3));
        error.Message.Should().Be("A record is longer than 262144 characters; reading stopped at this line.");
    }

    // ---- DelimitedTableSource: malformed records ----

    [Test]
    public async Task StrayQuoteInARecordWithTooManyColumns_IsNotCarriedToTheNextRecord()
    {
        var options = new ImportOptions { MaxColumns = 3 };

        var outcomes = await EveryWay("部门窗口,实得分值\n甲\"x,1,2,3\n乙,80\n", options);

        outcomes.Should().AllBe("乙@3 / " + DiagnosticCodes.TooManyColumns + "@2:Error");
    }

    [Test]
    public async Task StrayQuote_WarnsOnItsOwnRecordOnly_TheNextRecordIsClean()
    {
        var outcomes = await EveryWay("部门窗口,实得分值\n甲\"x,90\n乙,80\n", new ImportOptions());

        outcomes.Should().AllBe("甲\"x@2; 乙@3 / " + DiagnosticCodes.MalformedRecord + "@2:Warning");
    }

    [Test]
    public void UnterminatedQuote_IsAnErrorNamingTheLineItOpensOn()
    {
        using var english = new MessageCultureScope("en");

        var result = Csv("部门窗口,实得分值\n甲,90\n乙,80\n\"丙,70\n丁,60\n");

        result.Rows.Select(r => r.Department.Name).Should().Equal("甲", "乙");
        var error = result.Errors.Should().ContainSingle().Subject;
        (error.Code, error.Line).Should().Be((DiagnosticCodes.MalformedRecord, (int?)4));
        error.Message.Should().StartWith("A quoted field opened on line 4 is never closed");
    }

    [Test]
    public void RowAfterTheTableEnd_RawValueOfEightyCharacters_IsKeptWhole_EightyOneIsCut()
    {
        // The raw value of a row after the end is its cells joined by " | ": 4 + name + 5 characters.
        var eighty = new string('甲', 71);
        var eightyOne = new string('乙', 72);

        var result = AssessmentTableReader.Default.ReadText(
            "2023年11月窗口考核结果\n序号\t部门窗口\t实得分值\n1\t丙\t90\n附注说明\n2\t" + eighty + "\t80\n3\t" + eightyOne + "\t70\n");

        result.Rows.Select(r => r.Department.Name).Should().Equal("丙");
        result.Diagnostics.Where(d => d.Code != DiagnosticCodes.PeriodInferred).Select(d => (d.Code, d.Line, d.RawValue)).Should().Equal(
            (DiagnosticCodes.TableEnded, 4, "附注说明"),
            (DiagnosticCodes.RowAfterTableEnd, 5, "2 | " + eighty + " | 80"),
            (DiagnosticCodes.RowAfterTableEnd, 6, "3 | " + eightyOne + " | 7…"));
    }

    // ---- blank lines, lines of empty cells, the title ----

    [Test]
    public async Task BlankLinesAndLinesOfEmptyCells_AreNoRows_BeforeOrInsideTheTable()
    {
        var outcomes = await EveryWay(",,\n\n部门窗口,实得分值\n甲,90\n,\n , \n\n乙,80\n,,\n", new ImportOptions());

        outcomes.Should().AllBe("甲@4; 乙@8 / ");
    }

    [Test]
    public void TitleThenAHeaderWithoutRows_SaysNoDataRowsAtTheHeadersLine_AndKeepsTheTitlesPeriod()
    {
        var text = Csv("2023年11月窗口考核结果\n部门窗口,实得分值\n");
        var bytes = Bytes("2023年11月窗口考核结果\n部门窗口,实得分值\n");

        foreach (var result in new[] { text, bytes })
        {
            result.Rows.Should().BeEmpty();
            Codes(result).Where(c => c.Code != DiagnosticCodes.PeriodInferred).Should().Equal((DiagnosticCodes.NoDataRows, 2));
            result.Title.Should().Be("2023年11月窗口考核结果");
            result.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
        }
    }

    [Test]
    public void OnlyATitle_Delimited_IsNoHeader_ReportText_IsNoTable()
    {
        var delimited = Bytes("2023年11月窗口考核结果\n");
        var report = AssessmentTableReader.Default.Read(new MemoryStream(Encoding.UTF8.GetBytes("2023年11月窗口考核结果\n")));

        delimited.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.NoHeader, (int?)null));
        report.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.TableNotFound, (int?)null));
    }

    // ---- report text: what precedes and ends the table ----

    [Test]
    public void ReportText_ProseWithASeparatorNamingOnlyAScoreColumn_IsSkipped()
    {
        var result = AssessmentTableReader.Default.ReadText("2023年11月窗口考核结果\n说明\t实得分值\n序号\t部门窗口\t实得分值\n1\t甲\t100\n");

        result.Errors.Should().BeEmpty();
        result.Rows.Select(r => (r.Department.Name, r.Line)).Should().Equal(("甲", 4));
    }

    [Test]
    public void ReportText_LineNamingTheDepartmentAndTheBase_IsTakenAsTheHeader_AndItsMissingColumnsReported()
    {
        var result = AssessmentTableReader.Default.ReadText("2023年11月窗口考核结果\n部门窗口\t基础分\n甲\t100\n");

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.MissingColumns, 2));
        result.Rows.Should().BeEmpty();
    }

    [Test]
    public void ReportText_SpacedRowBeforeTheEnd_IsNotDelimited_AfterTheEnd_IsARowAfterTheEnd()
    {
        var result = AssessmentTableReader.Default.ReadText(
            "2023年11月窗口考核结果\n序号\t部门窗口\t实得分值\n1\t甲\t90\n2 乙 80 0\n附注说明\n3 丙 70 0\n另一段说明\n");

        result.Rows.Select(r => r.Department.Name).Should().Equal("甲");
        result.Diagnostics.Where(d => d.Code != DiagnosticCodes.PeriodInferred).Select(d => (d.Code, d.Line, d.RawValue)).Should().Equal(
            (DiagnosticCodes.RowNotDelimited, 4, "2 乙 80 0"),
            (DiagnosticCodes.TableEnded, 5, "附注说明"),
            (DiagnosticCodes.RowAfterTableEnd, 6, "3 丙 70 0"));
    }

    // ---- CellText ----

    [Test]
    public void NotText_AtTheFirstCharacterOfACell_IsFound_AndNamedAsCharacterOne()
    {
        using var english = new MessageCultureScope("en");

        var result = Cells(["部门窗口", "实得分值"], ["\uFFFE甲", "90"], ["乙\uFFFF", "80"], ["\u0007丙", "70"], ["丁", "60"]);

        result.Rows.Select(r => r.Department.Name).Should().Equal("丁");
        result.Errors.Select(d => (d.Code, d.Line, d.Column, d.RawValue)).Should().Equal(
            (DiagnosticCodes.ControlCharacter, 2, "部门窗口", "\uFFFE甲"),
            (DiagnosticCodes.ControlCharacter, 3, "部门窗口", "乙\uFFFF"),
            (DiagnosticCodes.ControlCharacter, 4, "部门窗口", "\u0007丙"));
        var errors = result.Errors.ToArray();
        errors[0].Message.Should().StartWith("Expected text: U+FFFE (character 1) is a lone surrogate or a noncharacter");
        errors[1].Message.Should().StartWith("Expected text: U+FFFF (character 2) is a lone surrogate or a noncharacter");
        errors[2].Message.Should().Be("Expected text without control characters (such as NUL); the row is not used.");
    }

    [Test]
    public void ControlCharacterInABlankLookingCellPastTheHeader_IsAnError_NamingNoColumn()
    {
        var result = Cells(["部门窗口", "实得分值"], ["甲", "90", "\v"], ["乙", "80", " "]);

        result.Rows.Select(r => r.Department.Name).Should().Equal("乙");
        result.Errors.Select(d => (d.Code, d.Line, d.Column)).Should().Equal((DiagnosticCodes.ControlCharacter, 2, (string?)null));
    }

    // ---- cell references ----

    [Test]
    public void CellReferences_NameTheFirstColumn_AndTheCellThatIsTooLong()
    {
        string[][] records = [["实得分值", "部门窗口"], ["x", "甲"], ["90", "乙乙乙乙乙乙"], ["80", "丙丙丙丙丙"]];
        using var source = new CellTableSource(records, "表1");

        var result = AssessmentTableReader.Default.Read(source, new ImportOptions { MaxFieldLength = 5 });

        result.Rows.Select(r => r.Department.Name).Should().Equal("丙丙丙丙丙");
        result.Errors.Select(d => (d.Code, d.Line, d.Cell)).Should().Equal(
            (DiagnosticCodes.NumberInvalid, 2, "表1!A2"), (DiagnosticCodes.FieldTooLong, 3, "表1!B3"));
    }

    // ---- the header ----

    [Test]
    public void Header_PartOfTheBreakdown_IsMissingTheRest_NoRowsRead()
    {
        var result = Csv("部门窗口,基础分,实得分值\n甲,100,100\n");

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.MissingColumns, 1));
        result.Rows.Should().BeEmpty();
    }

    [Test]
    public void Header_WithNoScoreColumn_IsMissingTheTotal_NoRowsRead()
    {
        var result = Csv("部门窗口,备注\n甲,好\n");

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.MissingColumns, 1));
        result.Rows.Should().BeEmpty();
    }

    [Test]
    public void Header_AColumnNamedTwice_NoRowsRead()
    {
        var result = Csv("部门,单位,得分\nA,B,1\nC,D,2\n");

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.DuplicateColumn, 1));
        result.Rows.Should().BeEmpty();
    }

    [Test]
    public void Header_BreakdownWithoutATotal_IsEnough()
    {
        var result = Csv("部门窗口,基础分,减分,加分\n甲,100,1,2\n");

        result.Diagnostics.Should().BeEmpty();
        result.Rows.Should().ContainSingle().Which.Assessment!.Total.Should().Be(101m);
    }

    [Test]
    public void RepeatedHeader_DifferentCaseOrWidthInTheScoreColumn_IsSkipped()
    {
        var result = Csv("department,total\nA,90\ndepartment,TOTAL\ndepartment , ｔｏｔａｌ ,\nB,80\n");

        result.Diagnostics.Select(d => (d.Code, d.Line, d.Severity)).Should().Equal(
            (DiagnosticCodes.RepeatedHeader, 3, DiagnosticSeverity.Info), (DiagnosticCodes.RepeatedHeader, 4, DiagnosticSeverity.Info));
        result.Rows.Select(r => (r.Department.Name, r.Line)).Should().Equal(("A", 2), ("B", 5));
    }

    [Test]
    public void BlankHeaderCell_KeepsItsExtraAsColumnN()
    {
        var result = Csv("部门窗口,,实得分值\n甲,1200,90\n乙,,80\n");

        result.Errors.Should().BeEmpty();
        result.Rows[0].Extras.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("column 2", "1200"));
        result.Rows[1].Extras.Should().BeEmpty();
    }

    // ---- columns at index 0 ----

    [Test]
    public void BreakdownColumnsFirst_AreReadAsTheBreakdown_AndAMarkerInTheFirstIsNotAssessed()
    {
        var result = Csv("基础分,减分,加分,部门窗口,实得分值\n100,2,5,甲,103\n免考核,,,乙,\n");

        result.Errors.Should().BeEmpty();
        var scored = result.Rows[0].Assessment!;
        (scored.BaseScore, scored.Deduction, scored.Bonus, scored.Total).Should().Be(((decimal?)100m, (decimal?)2m, (decimal?)5m, 103m));
        result.Rows[1].NotAssessed!.Reason.Should().Be("免考核");
    }

    [Test]
    public void TotalFirst_AMarkerThereIsNotAssessed_ANumberThereDistrustsAMarkerInAFigure()
    {
        var result = Csv("实得分值,部门窗口,基础分,减分,加分\n,甲,不参评,,\n不参评,乙,,,\n100,丙,免考核,,\n");

        result.Rows.Select(r => (r.Department.Name, r.NotAssessed?.Reason)).Should().Equal(("甲", "不参评"), ("乙", "不参评"));
        result.Errors.Select(d => (d.Code, d.Line, d.Column)).Should().Equal(
            (DiagnosticCodes.NumberInvalid, 4, "基础分"), (DiagnosticCodes.NumberMissing, 4, "减分"), (DiagnosticCodes.NumberMissing, 4, "加分"));
    }

    [Test]
    public void BreakdownWithoutATotalColumn_AMarkerInAFigureIsNotAssessed()
    {
        var result = Csv("部门窗口,基础分,减分,加分\n甲,免考核,,\n乙,100,0,0\n");

        result.Errors.Should().BeEmpty();
        result.Rows.Select(r => (r.Department.Name, r.NotAssessed?.Reason, r.Assessment?.Total)).Should().Equal(("甲", "免考核", (decimal?)null), ("乙", null, 100m));
    }

    [Test]
    public void NoteFirst_IsTheReason_OrNoReasonForTheWritersMarker_AndAnExtra()
    {
        var result = Csv("备注,部门窗口,实得分值\n三月起进驻,甲,不参评\n,乙,不参与考核\n,丙,免考核\n");

        result.Errors.Should().BeEmpty();
        result.Rows.Select(r => r.NotAssessed!.Reason).Should().Equal("三月起进驻", null, "免考核");
        result.Rows[0].Extras.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("备注", "三月起进驻"));
    }

    [Test]
    public void GroupFirst_IsReadForScoredAndNotAssessedRows_BlankIsNoGroup()
    {
        var result = Csv("分组,部门窗口,实得分值\nA组,甲,90\n,乙,80\n B组 ,丙,不参评\n");

        result.Errors.Should().BeEmpty();
        result.Rows[0].Assessment!.Group.Should().Be("A组");
        result.Rows[1].Assessment!.Group.Should().BeNull();
        result.Rows[2].NotAssessed!.Group.Should().Be("B组");
    }

    [Test]
    public void CodeFirst_DuplicatesAreByCode_NotByName_AndInvisibleCharactersInTheCodeAreWarned()
    {
        var result = Csv("部门代码,部门窗口,实得分值\nA01,甲,90\nA01,乙,80\nA02,甲,70\n\u200BA03,丙,60\n");

        result.Rows.Select(r => (r.Department.Code, r.Department.Name)).Should().Equal(("A01", "甲"), ("A01", "乙"), ("A02", "甲"), ("A03", "丙"));
        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.RawValue)).Should().Equal(
            (DiagnosticCodes.DuplicateDepartment, 3, (string?)null, "乙"),
            (DiagnosticCodes.InvisibleCharactersRemoved, 5, "部门代码", "\u200BA03"));
    }

    [Test]
    public void BlankCode_TheDepartmentIsItsName_AndDuplicatesAreByName()
    {
        var result = Csv("部门窗口,部门代码,实得分值\n甲,,90\n甲, ,80\n乙,B01,70\n");

        result.Rows.Select(r => (r.Department.Code, r.Department.Name)).Should().Equal(("甲", "甲"), ("甲", "甲"), ("B01", "乙"));
        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.DuplicateDepartment, 3));
    }

    [Test]
    public void NamesThatDifferInOneCharacter_AreDifferentDepartments()
    {
        var result = Csv("部门窗口,实得分值\nabcd,1\nabce,2\nabcde,3\nabcdf,4\nxbcde,5\n甲,6\n乙,7\n");

        result.Diagnostics.Should().BeEmpty();
        result.Rows.Should().HaveCount(7);
    }

    [Test]
    public void NameOfOnlyInvisibleCharacters_IsMissing_AfterTheWarning()
    {
        var result = Csv("部门窗口,实得分值\n\u200B,90\n  ,80\n");

        result.Rows.Should().BeEmpty();
        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column)).Should().Equal(
            (DiagnosticCodes.InvisibleCharactersRemoved, 2, "部门窗口"),
            (DiagnosticCodes.DepartmentMissing, 2, "部门窗口"),
            (DiagnosticCodes.DepartmentMissing, 3, "部门窗口"));
    }

    // ---- not assessed ----

    [TestCase("不考核")]
    [TestCase("免考核")]
    [TestCase("免于考核")]
    [TestCase("不参与考核")]
    [TestCase("不参加考核")]
    [TestCase("不参评")]
    [TestCase("未考核")]
    [TestCase("暂不考核")]
    [TestCase("不计分")]
    [TestCase("新进驻")]
    [TestCase("notassessed")]
    [TestCase("Not Assessed")]
    [TestCase("N/A")]
    [TestCase("exempt")]
    [TestCase("EXEMPT")]
    public void NotAssessedMarker_InTheTotalCell_ListsTheDepartmentApart(string marker)
    {
        var result = Csv("部门窗口,实得分值\n甲, " + marker + " \n乙,90\n");

        result.Errors.Should().BeEmpty();
        result.Rows[0].NotAssessed!.Reason.Should().Be(marker);
        result.Rows[0].Assessment.Should().BeNull();
        var info = result.Diagnostics.Should().ContainSingle().Subject;
        (info.Code, info.Line, info.Severity, info.RawValue).Should().Be((DiagnosticCodes.NotAssessedRow, (int?)2, DiagnosticSeverity.Info, marker));
    }

    [TestCase("考核")]
    [TestCase("待定")]
    [TestCase("-")]
    public void OtherTextInTheTotalCell_IsNotANumber(string text)
    {
        var result = Csv("部门窗口,实得分值\n甲," + text + "\n");

        result.Rows.Should().BeEmpty();
        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.NumberInvalid, 2));
    }

    // ---- figures ----

    [Test]
    public void Breakdown_ValidFiguresButAnUnreadableTotal_RefusesTheRow()
    {
        var result = Csv("部门窗口,基础分,减分,加分,实得分值\n甲,100,1,0,x\n乙,100,1,0,99\n");

        result.Rows.Select(r => r.Department.Name).Should().Equal("乙");
        result.Errors.Select(d => (d.Code, d.Line, d.Column)).Should().Equal((DiagnosticCodes.NumberInvalid, 2, "实得分值"));
    }

    [Test]
    public void Breakdown_NegativeBaseOrBonus_RefusesTheRow_ZeroIsFine()
    {
        var result = Csv("部门窗口,基础分,减分,加分,实得分值\n甲,-1,0,0,-1\n乙,100,0,-2,98\n丙,0,0,5,5\n丁,100,0,0,100\n");

        result.Rows.Select(r => (r.Department.Name, r.Assessment!.Total)).Should().Equal(("丙", 5m), ("丁", 100m));
        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.RawValue)).Should().Equal(
            (DiagnosticCodes.BaseNegative, 2, "基础分", "-1"), (DiagnosticCodes.BonusNegative, 3, "加分", "-2"));
    }

    [Test]
    public void Breakdown_DeductionOfTheOtherSign_IsWarnedOnItsCell_AndReadAsItsSize()
    {
        var result = Csv("部门窗口,基础分,减分,加分,实得分值\n甲,100,-1,0,99\n乙,100,-3,0,97\n丙,100,2,0,98\n");

        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.RawValue, d.Severity)).Should().Equal(
            (DiagnosticCodes.DeductionSignMixed, 4, "减分", "2", DiagnosticSeverity.Warning));
        result.Rows.Select(r => r.Assessment!.Deduction).Should().Equal(1m, 3m, 2m);
    }

    [Test]
    public void PrintedRank_ZeroNegativeOrText_IsWarned_OneOrBlankIsNot()
    {
        var result = Csv("序号,部门窗口,实得分值\n0,甲,90\n1,乙,80\n,丙,70\n-1,丁,60\nx,戊,50\n");

        result.Rows.Should().HaveCount(5);
        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.RawValue)).Should().Equal(
            (DiagnosticCodes.RankInvalid, 2, "序号", "0"), (DiagnosticCodes.RankInvalid, 5, "序号", "-1"), (DiagnosticCodes.RankInvalid, 6, "序号", "x"));
    }

    [Test]
    public void FieldCountError_RawValueIsTheCellsJoined()
    {
        var result = Csv("部门窗口,实得分值\n乙,99,x\n");

        result.Errors.Select(d => (d.Code, d.Line, d.RawValue)).Should().Equal((DiagnosticCodes.FieldCount, 2, "乙 | 99 | x"));
    }

    // ---- Utf8Cells ----

    [Test]
    public void InvalidByteInAQuotedCellStartingWithALineBreak_NamesTheLineAfterIt()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("部门窗口,实得分值\n甲,90\n\"\n乙"), 0xFF, .. Encoding.UTF8.GetBytes("\",80\n")];

        var result = AssessmentTableReader.Default.Read(new MemoryStream(bytes), new ImportOptions { Format = TableFormat.Delimited, Delimiter = ',', Encoding = new UTF8Encoding(false) });

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.EncodingInvalid, 4));
        result.Rows.Select(r => r.Department.Name).Should().Equal("甲");
    }

    // ---- DelimitedTableSource: the reader given ----

    [Test]
    public void DelimiterSetInTheOptions_IsUsed_EvenWhenTheFirstLineHoldsMoreOfAnother()
    {
        var options = new ImportOptions { Format = TableFormat.Delimited, Delimiter = ';' };
        const string text = "部门窗口;实得分值;a,b,c,d\n甲;90;x\n";

        var fromText = AssessmentTableReader.Default.ReadText(text, options);
        var fromBytes = AssessmentTableReader.Default.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);

        foreach (var result in new[] { fromText, fromBytes })
        {
            result.Errors.Should().BeEmpty();
            var row = result.Rows.Should().ContainSingle().Subject;
            row.Assessment!.Total.Should().Be(90m);
            row.Extras.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("a,b,c,d", "x"));
        }
    }

    [Test]
    public void Read_TextReader_IsLeftOpen()
    {
        using var reader = new StringReader("部门窗口,实得分值\n甲,90\n");

        AssessmentTableReader.Default.Read(reader, new ImportOptions { Format = TableFormat.Delimited }).Rows.Should().HaveCount(1);

        reader.Peek().Should().Be(-1, "the caller's reader is read to its end and left open");
    }
}
