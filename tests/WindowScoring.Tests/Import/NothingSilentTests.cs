using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>Nothing lost, nothing silently changed: each case the smallest input that once slipped through.</summary>
public sealed class NothingSilentTests
{
    private const string ReportHead = "2023年11月省政务服务大厅进驻部门（单位）窗口考核结果\n序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值\n";

    private static ImportResult Read(string text) => AssessmentTableReader.Default.ReadText(text);

    [Test]
    public void Report_RowSeparatedBySpaces_IsAnErrorNamingIt_AndReadingGoesOn()
    {
        var result = Read(ReportHead + "1\t自然资源厅\t100\t0\t20\t120\n2 交通运输厅 100 0 19 119\n3\t教育厅\t100\t0\t14.5\t114.5\n");

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.RowNotDelimited && d.Line == 4);
        result.Rows.Select(r => r.Department.Name).Should().Equal("自然资源厅", "教育厅");
    }

    [Test]
    public void Report_ProseEndsTheTable_EveryLaterRowIsNamed()
    {
        var result = Read(ReportHead + "1\t自然资源厅\t100\t0\t20\t120\n报：省政府办公厅\n3\t教育厅\t100\t0\t14.5\t114.5\n4 公安厅 100 0 1 101\n");

        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.TableEnded && d.Line == 4);
        result.Errors.Select(d => (d.Code, d.Line)).Should().Equal((DiagnosticCodes.RowAfterTableEnd, 5), (DiagnosticCodes.RowAfterTableEnd, 6));
        result.Rows.Should().ContainSingle();
    }

    [Test]
    public void Read_TotalThatDecimalCannotHoldExactly_IsOutOfRange_NeverRounded()
    {
        var result = Read("部门,基础分,减分,加分\n教育厅,100,1.0000000000000000000000000001,0\n");

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.NumberOutOfRange);
        result.Rows.Should().BeEmpty();
        FluentActions.Invoking(() => new Assessment(Department.FromName("教育厅"), 100m, 1.0000000000000000000000000001m, 0m)).Should().Throw<OverflowException>();
    }

    [Test]
    public void Read_PrintedTotalThatDisagrees_IsAWarningOnItsLine()
    {
        var result = Read("部门,基础分,减分,加分,实得分值\n教育厅,100,0,20,999\n");

        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.PrintedTotalDiffers).Which.Should().Match<Diagnostic>(d =>
            d.Severity == DiagnosticSeverity.Warning && d.Line == 2 && d.RawValue == "999");
        result.Rows.Single().Assessment!.Total.Should().Be(120m);
    }

    [Test]
    public void Read_UnquotedDecimalComma_IsNotReadWithoutAWord()
    {
        // 教育厅,100,0,1,5, : the bonus 1,5 split in two; with the trailing empty cell tolerated the total cell reads 5.
        var result = Read("部门,基础分,减分,加分,实得分值\n教育厅,100,0,1,5,\n");

        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.PrintedTotalDiffers && d.Line == 2);
    }

    [Test]
    public void Read_MoreCellsThanTheHeader_IsAnErrorUnlessTheyAreEmpty()
    {
        var result = Read("部门,实得分值\n教育厅,89,,\n公安厅,90,7\n");

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.FieldCount && d.Line == 3);
        result.Rows.Select(r => r.Department.Name).Should().Equal("教育厅");
    }

    [Test]
    public void Read_SameDepartmentTwice_IsAnError_AndToTableRefusesToRankIt()
    {
        var result = Read("部门,实得分值\n教育厅,89\n公安厅,90\n教育厅,91\n");

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.DuplicateDepartment && d.Line == 4);
        result.Invoking(r => r.ToTable()).Should().Throw<DiagnosticException>();
        result.ToPartialTable().Assessments.Select(a => a.Total).Should().Equal(89m, 90m);
        result.RowsWithoutErrors().Select(r => r.Line).Should().Equal([2, 3], "the partial table's rows, so validator findings map to their lines");
    }

    [TestCase("\uFEFF乙")]
    [TestCase("乙\u200B")]
    [TestCase("\u200E乙")]
    public void Read_InvisibleCharactersInAName_AreRemovedWithAWarning_SoTheDepartmentIsOne(string name)
    {
        var result = Read($"部门,实得分值\n{name},89\n");

        result.Rows.Single().Department.Should().Be(Department.FromName("乙"));
        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvisibleCharactersRemoved).Which.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Test]
    public void Read_ControlCharacterInAName_IsAnError()
    {
        var result = Read("部门,实得分值\n乙\0,89\n");

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ControlCharacter);
        result.Rows.Should().BeEmpty();
    }

    [Test]
    public void Read_HundredThousandEmptyColumns_StopsAtTheHeader()
    {
        var result = Read("部门,实得分值" + new string(',', 100_000) + "\n教育厅,89\n");

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.TooManyColumns && d.Line == 1);
        result.Rows.Should().BeEmpty();
    }

    [Test]
    public void Read_DataRowWithTooManyCells_IsAnErrorAndTheOthersAreKept()
    {
        var result = Read("部门,实得分值\n教育厅,89" + new string(',', 100) + "\n公安厅,90\n");

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.TooManyColumns && d.Line == 2);
        result.Rows.Single().Department.Name.Should().Be("公安厅");
    }
}
