using System.Text;
using WindowScoring.Import;
using WindowScoring.Ratings;

namespace WindowScoring.Tests.Ratings;

public sealed class RatingReaderTests
{
    [Test]
    public void Sample_ReadsEveryRowAndField()
    {
        var result = RatingSamples.September();

        result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Should().BeEmpty();
        result.Ratings.Should().HaveCount(23);
        result.Ratings[4].Should().Match<Rating>(r => r.Id == "R005" && r.Department.Name == "教育厅" && r.Time == new DateTime(2025, 9, 25, 16, 5, 0)
            && r.Window == "12号窗口" && r.Staff == "张敏" && r.ServiceItem == "教师资格认定" && r.CaseNumber == "JY20250925003" && r.Channel == "12345"
            && r.Level == RatingLevel.Dissatisfied && !r.IsDefault && r.NegativeReason == "等候时间过长" && r.Rectification == RectificationState.Rectified
            && r.RectifiedOn == new DateOnly(2025, 10, 23) && r.FollowUp == "满意" && r.Appeal == AppealState.None && r.Line == 6);
        result.Ratings[1].Level.Should().Be(RatingLevel.VerySatisfied); // ★★★★★
        result.Ratings[5].IsDefault.Should().BeTrue();
        result.Ratings[6].Appeal.Should().Be(AppealState.Upheld);
        result.Ratings[7].Should().Match<Rating>(r => r.Appeal == AppealState.Pending && r.Rectification == RectificationState.Pending);
        result.Ratings.Single(r => r.Id == "R304").Appeal.Should().Be(AppealState.Rejected);
        result.Ratings.Single(r => r.Id == "R201").Rectification.Should().Be(RectificationState.None);
    }

    [Test]
    public void EnglishHeaders_TabSeparated_DateOnly()
    {
        var result = RatingReader.Default.ReadText("rating id\tdate\tagency\tlevel\tdefault\tappeal\nA1\t2025/9/3\tCustoms\t4\tyes\tupheld\n");

        result.HasErrors.Should().BeFalse();
        result.Ratings.Single().Should().Match<Rating>(r => r.Id == "A1" && r.Time == new DateTime(2025, 9, 3) && r.Level == RatingLevel.Satisfied
            && r.IsDefault && r.Appeal == AppealState.Upheld);
    }

    [Test]
    public void Gbk_IsDetected()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes("评价编号,评价日期,办理部门,满意度\nG1,2025年9月3日,教育厅,基本满意\n");

        var result = RatingReader.Default.Read(new MemoryStream(bytes));

        result.HasErrors.Should().BeFalse();
        result.Ratings.Single().Should().Match<Rating>(r => r.Department.Name == "教育厅" && r.Level == RatingLevel.FairlySatisfied);
    }

    [Test]
    public void BadFields_EachIsALineAndColumnNumberedDiagnostic()
    {
        var result = RatingReader.Default.ReadText(
            "评价编号,评价时间,部门,评价等级,是否默认,整改状态,整改完成时间,申诉状态\n" +
            ",2025-13-01,,六星,也许,修好了,昨天,上诉\n" +
            "R1,2025-09-01,教育厅,5,,,,\n" +
            "R1,2025-09-02,教育厅,4,,,,\n" +
            "R2,2025-09-02,教育厅,4\n");

        result.Ratings.Should().ContainSingle(r => r.Id == "R1" && r.Line == 3);
        var line2 = result.Diagnostics.Where(d => d.Line == 2).ToArray();
        line2.Select(d => d.Code).Should().BeEquivalentTo([
            DiagnosticCodes.RatingIdMissing, DiagnosticCodes.DepartmentMissing, DiagnosticCodes.RatingTimeInvalid, DiagnosticCodes.RatingLevelInvalid,
            DiagnosticCodes.RatingValueUnknown, DiagnosticCodes.RatingTimeInvalid, DiagnosticCodes.RatingValueUnknown, DiagnosticCodes.RatingValueUnknown]);
        line2.Should().OnlyContain(d => d.Column != null && d.IsError);
        line2.Single(d => d.Code == DiagnosticCodes.RatingLevelInvalid).Should().Match<Diagnostic>(d => d.RawValue == "六星" && d.Column == "评价等级");
        result.Diagnostics.Single(d => d.Line == 4).Code.Should().Be(DiagnosticCodes.RatingIdRepeated);
        result.Diagnostics.Single(d => d.Line == 5).Code.Should().Be(DiagnosticCodes.FieldCount);
    }

    [Test]
    public void MissingColumns_OneDiagnosticListingWhatWasFound()
    {
        var result = RatingReader.Default.ReadText("评价编号,部门,窗口\nR1,教育厅,1号\n");

        result.Ratings.Should().BeEmpty();
        result.Diagnostics.Single().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.MissingColumns && d.Message.Contains("'窗口'"));
    }

    [Test]
    public void Warnings_RectifiedBeforeRatingOrWithoutDate()
    {
        var result = RatingReader.Default.ReadText("评价编号,评价时间,部门,评价等级,整改状态,整改完成时间\nR1,2025-09-10,A,1,已整改,2025-09-01\nR2,2025-09-10,A,2,已整改,\n");

        result.Ratings.Should().HaveCount(2);
        result.Diagnostics.Select(d => (d.Code, d.Severity)).Should().Equal(
            (DiagnosticCodes.RectifiedBeforeRating, DiagnosticSeverity.Warning), (DiagnosticCodes.RectifiedWithoutDate, DiagnosticSeverity.Warning));
    }

    [Test]
    public void BlankRectificationState_FollowsTheDateAndTheLevel()
    {
        var ratings = RatingReader.Default.ReadText("评价编号,评价时间,部门,评价等级,整改完成时间\nR1,2025-09-10,A,1,2025-09-12\nR2,2025-09-10,A,2,\nR3,2025-09-10,A,5,\n").Ratings;

        ratings.Select(r => r.Rectification).Should().Equal(RectificationState.Rectified, RectificationState.Pending, RectificationState.None);
    }

    [Test]
    public void Limits_AreTheTableReadersLimits()
    {
        var text = "评价编号,评价时间,部门,评价等级\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"R{i},2025-09-01,A,5\n"));

        var result = RatingReader.Default.ReadText(text, new ImportOptions { MaxRows = 10 });

        result.Ratings.Should().HaveCount(10);
        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.TooManyRows);
    }

    [Test]
    public void HostileInputs_NeverThrowAndKeepNothingBad()
    {
        string[] inputs =
        [
            string.Empty,
            "\uFEFF",
            "评价编号,评价时间,部门,评价等级\n\"R1,2025-09-01,A,5\n",
            "评价编号,评价时间,部门,评价等级\nR1\u0000,2025-09-01,A\u202E,5\n",
            "评价编号,评价时间,部门,评价等级\n=HYPERLINK(1),2025-09-01,+A,5\n",
            "评价编号,评价时间,部门,评价等级\nR1,2025-09-01," + new string('部', 100_000) + ",5\n",
            "评价编号,评价编号,部门,评价等级\n",
            new string(',', 100_000),
        ];

        foreach (var input in inputs)
        {
            var result = RatingReader.Default.ReadText(input);
            result.Ratings.Should().NotContain(r => r.Id.Length == 0 || r.Department.Name.Length == 0, input.Length > 40 ? input[..40] : input);
            (result.Ratings.Count + result.Diagnostics.Count).Should().BePositive("every input either reads or says why not");
        }
    }

    [Test]
    public void HeaderOnly_IsAQuietMonth()
    {
        var result = RatingReader.Default.ReadText("评价编号,评价时间,部门,评价等级\n");

        result.Ratings.Should().BeEmpty();
        result.HasErrors.Should().BeFalse();
    }

    [Test]
    public void TableSource_DiagnosticsNameTheCell()
    {
        using var source = new CellTableSource([["评价编号", "评价时间", "部门", "评价等级"], ["R1", "2025-09-01", "A", "七星"]], "Sheet1");

        var result = RatingReader.Default.Read(source);

        result.Diagnostics.Single().Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.RatingLevelInvalid && d.Cell == "Sheet1!D2");
    }

    [Test]
    public async Task ReadAsync_ReadsAsTheSyncReadDoes()
    {
        await using var stream = File.OpenRead(RatingSamples.Path("ratings-2025-09.csv"));

        var result = await RatingReader.Default.ReadAsync(stream);

        result.Ratings.Should().BeEquivalentTo(RatingSamples.September().Ratings);
    }

    // Code points, not strings: an attribute's string is stored as UTF-8, where a lone surrogate would become U+FFFD.
    [TestCase(0x0007)]
    [TestCase(0xFFFF)]
    [TestCase(0xD800)]
    public void NotTextInAnyCell_IsWS132OnItsLine_AndTheRatingIsNotUsed(int codePoint)
    {
        var bad = ((char)codePoint).ToString();
        var result = RatingReader.Default.ReadText($"评价编号,评价时间,部门,评价等级,差评原因\nR1,2025-09-03,教育厅,5,\nR2,2025-09-04,教育厅,1,态度{bad}差\n");

        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.ControlCharacter && d.Line == 3 && d.IsError);
        if (!char.IsSurrogate(bad[0]))
        {
            // A lone surrogate in text given as a string is found by the text reader (the CSV parser hands on U+FFFD), so
            // the read has the error on its line; any other character is found in its cell and the rating is not used.
            result.Ratings.Select(r => r.Id).Should().Equal("R1");
        }
    }
}
