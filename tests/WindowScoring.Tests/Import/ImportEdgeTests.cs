using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>Import rules that mutation testing found untested (issue #26).</summary>
public sealed class ImportEdgeTests
{
    private static ImportResult Read(string text) =>
        AssessmentTableReader.Default.Read(new StringReader(text), new ImportOptions { Format = TableFormat.Delimited });

    [TestCase("2023年11月窗口考核结果", true)]
    [TestCase("2023年11月窗口考核排名", true)]
    [TestCase("2023年11月窗口考核得分", true)]
    [TestCase("2023年11月窗口考核说明", false)] // 考核 alone names no result
    [TestCase("2023年11月窗口得分结果", false)] // no 考核
    public void OneCellLineBeforeTheHeader_IsTheTitle_OnlyWhenItNamesAnAssessmentResult(string line, bool title)
    {
        var result = Read(line + ",,\n序号,部门,实得分值\n1,甲,100\n");

        result.Title.Should().Be(title ? line : null);
        result.Rows.Should().ContainSingle(string.Join("; ", result.Diagnostics));
    }

    [Test]
    public void StrayQuote_LongRecord_RawValueCutAt80Characters()
    {
        var name = "甲" + new string('x', 100) + "\"y";

        var result = Read("序号,部门,实得分值\n1," + name + ",100\n");

        var warning = result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.MalformedRecord).Subject;
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.RawValue.Should().HaveLength(81).And.EndWith("…").And.StartWith("1,甲xxx");
    }

    private const string Breakdown = "部门,基础分,减分,加分,实得分值\n";

    [Test]
    public void DeductionsWithBothSigns_TheWarningNamesTheSignTheFileUses()
    {
        using var english = new MessageCultureScope("en");

        var negativeFirst = Read(Breakdown + "甲,100,-1,0,99\n乙,100,2,0,98\n");
        var positiveFirst = Read(Breakdown + "甲,100,1,0,99\n乙,100,-2,0,98\n");

        negativeFirst.Warnings.Should().ContainSingle().Which.Message.Should().Contain("as negative numbers");
        positiveFirst.Warnings.Should().ContainSingle().Which.Message.Should().Contain("as positive magnitudes");
        // Either way the deduction is read as its size.
        negativeFirst.Rows.Concat(positiveFirst.Rows).Select(r => r.Assessment!.Total).Should().Equal(99m, 98m, 99m, 98m);
    }

    [Test]
    public void ZeroDeduction_SetsNoSign()
    {
        var result = Read(Breakdown + "甲,100,0,0,100\n乙,100,2,0,98\n丙,100,-0,0,100\n");

        result.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void BreakdownTable_ScoreOnlyRow_IsATotal_ButAPartialBreakdownIsMissingNumbers()
    {
        var result = Read(Breakdown + "甲,,,,97.5\n乙,,,3,103\n");

        var only = result.Rows.Should().ContainSingle().Subject.Assessment!;
        (only.Department.Name, only.Total, only.BaseScore).Should().Be(("甲", 97.5m, (decimal?)null));
        result.Errors.Select(d => (d.Code, d.Line, d.Column)).Should().Equal(
            (DiagnosticCodes.NumberMissing, 3, "基础分"), (DiagnosticCodes.NumberMissing, 3, "减分"));
    }

    [TestCase("1e5", DiagnosticCodes.NumberInvalid)]
    [TestCase("1,5", DiagnosticCodes.NumberInvalid)]
    [TestCase("１００x", DiagnosticCodes.NumberInvalid)]
    [TestCase("123456789012345678901234567890", DiagnosticCodes.NumberOutOfRange)]
    [TestCase("0.12345678901234567890123456789", DiagnosticCodes.NumberOutOfRange)]
    public void FigureNotRead_PlainButTooBigIsOutOfRange_OtherTextIsInvalid(string figure, string code)
    {
        var result = Read("部门,实得分值\n甲,\"" + figure + "\"\n");

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(code);
    }

    [Test]
    public void NotAssessed_ReasonIsTheNote_ElseTheMarker_ButTheWritersOwnMarkerUnderANoteColumnIsNoReason()
    {
        var withNote = Read("部门,实得分值,备注\n甲,不参与考核,新进驻三月起\n乙,不参与考核,\n丙,免考核,\n");
        var withoutNote = Read("部门,实得分值\n甲,不参与考核\n乙,免考核\n");

        withNote.Rows.Select(r => r.NotAssessed!.Reason).Should().Equal("新进驻三月起", null, "免考核");
        withoutNote.Rows.Select(r => r.NotAssessed!.Reason).Should().Equal("不参与考核", "免考核");
    }

    [Test]
    public void NotAssessed_MarkersInSeveralFigureCells_TheFirstIsTheReason()
    {
        var result = Read(Breakdown + "甲,免考核,不计分,,\n乙,免考核,,0,\n");

        result.Rows.Should().ContainSingle().Which.NotAssessed!.Reason.Should().Be("免考核");
        // A marker beside a number is not trusted: the row is read as figures, and the marker is not one.
        result.Errors.Should().OnlyContain(d => d.Line == 3)
            .And.Contain(d => d.Code == DiagnosticCodes.NumberInvalid && d.Column == "基础分");
    }

    [Test]
    public void RepeatedHeader_WithTrailingBlankCells_IsSkipped_WithAnExtraWordOrOneWordChangedIsARow()
    {
        var result = Read("序号,部门,实得分值\n1,甲,100\n序号, 部门 ,实得分值,,\n2,乙,99\n序号,部门,实得分值,备注\n序号,部门,得分\n");

        result.Rows.Select(r => r.Department.Name).Should().Equal("甲", "乙");
        result.Diagnostics.Select(d => (d.Code, d.Line)).Should().Equal(
            (DiagnosticCodes.RepeatedHeader, 3), (DiagnosticCodes.FieldCount, 5), (DiagnosticCodes.RankInvalid, 6), (DiagnosticCodes.NumberInvalid, 6));
    }

    [Test]
    public void Row_ExtraCellsOnlyBlank_IsRead_ExtraTextIsAFieldCountError()
    {
        var result = Read("部门,实得分值\n甲,100,, \n乙,99,,x\n");

        result.Rows.Select(r => r.Department.Name).Should().Equal("甲");
        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.FieldCount && d.Line == 3);
    }

    [TestCase("甲 100 0", true)]        // three words, two numbers
    [TestCase("2 交通运输厅 100 0 19 119", true)]
    [TestCase("甲 100", false)]         // two words: prose
    [TestCase("甲 乙 100", false)]      // one number
    [TestCase("100 0 5", false)]        // only numbers: no department
    public void ReportText_OneCellLineInTheTable_IsARowTypedWithSpaces_OnlyWithTwoNumbersAndAWord(string line, bool row)
    {
        var result = AssessmentTableReader.Default.ReadText(
            "2023年11月窗口考核结果\n序号\t部门窗口\t实得分值\n1\t自然资源厅\t120\n" + line + "\n");

        result.Diagnostics.Where(d => d.Code is DiagnosticCodes.RowNotDelimited or DiagnosticCodes.TableEnded)
            .Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
                d.Code == (row ? DiagnosticCodes.RowNotDelimited : DiagnosticCodes.TableEnded) && d.Line == 4);
    }

    [Test]
    public void SecondTitleWithoutAPeriod_KeepsThePeriodOfTheFirst()
    {
        var result = Read("2023年11月省政务服务大厅窗口考核结果\n窗口考核排名（第二页）\n部门,实得分值\n甲,100\n");

        result.Title.Should().Be("窗口考核排名（第二页）");
        result.Period.Should().Be(AssessmentPeriod.Month(2023, 11));
    }

    [Test]
    public void StrayQuoteAndTextAfterAClosingQuote_AreToldApart()
    {
        using var english = new MessageCultureScope("en");

        var stray = Read("部门,实得分值\n甲\"乙,100\n");
        var after = Read("部门,实得分值\n\"甲\"乙,100\n");

        stray.Warnings.Should().ContainSingle().Which.Message.Should().StartWith("A quote inside an unquoted field");
        after.Warnings.Should().ContainSingle().Which.Message.Should().StartWith("Text after the closing quote");
        stray.Rows.Concat(after.Rows).Select(r => r.Department.Name).Should().Equal("甲\"乙", "甲乙");
    }

    private static ImportResult Read(string text, ImportOptions options) =>
        AssessmentTableReader.Default.Read(new StringReader(text), options with { Format = TableFormat.Delimited });

    [Test]
    public void Limits_AtTheLimitRead_OneBeyondRefused()
    {
        var atLimits = new ImportOptions { MaxRows = 2, MaxColumns = 3, MaxFieldLength = 5 };

        var exact = Read("序号,部门,实得分值\n1,甲乙丙丁戊,100\n2,乙,99\n", atLimits);
        var beyond = Read("序号,部门,实得分值\n1,甲乙丙丁戊己,100\n2,乙,99,\n3,丙,98\n4,丁,97\n5,戊,96\n", atLimits);

        exact.Diagnostics.Should().BeEmpty();
        exact.Rows.Should().HaveCount(2);
        // A cell too long refuses its row only; a fourth (blank) cell is one column too many for that row only (neither
        // counts as a row read); the third row read is one too many, and reading stops there.
        beyond.Errors.Select(d => (d.Code, d.Line)).Should().Equal(
            (DiagnosticCodes.FieldTooLong, 2), (DiagnosticCodes.TooManyColumns, 3), (DiagnosticCodes.TooManyRows, 6));
        beyond.Rows.Select(r => r.Department.Name).Should().Equal("丙", "丁");
    }

    [Test]
    public void Limits_HeaderWithTooManyColumns_StopsTheRead()
    {
        var result = Read("序号,部门,实得分值,备注\n1,甲,100,\n", new ImportOptions { MaxColumns = 3 });

        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.TooManyColumns, 1));
        result.Rows.Should().BeEmpty();
    }
}
