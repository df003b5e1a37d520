using CsCheck;
using WindowScoring.Export;
using WindowScoring.Import;

namespace WindowScoring.Tests.Export;

public sealed class CsvRoundTripTests
{
    private static readonly Gen<string> Names = Gen.OneOf(
        Gen.String[Gen.Char["abc,\"\n\r ;\t=+-@'（）省厅局１２"], 1, 12],
        Gen.Const("=SUM(A1:A9)"), Gen.Const("+86"), Gen.Const("-局"), Gen.Const("@x"), Gen.Const("省新闻出版局 (省电影局)"))
        .Where(s => !string.IsNullOrWhiteSpace(s));

    private static readonly Gen<decimal> Half = Gen.Int[0, 60].Select(i => i / 2m);

    // An assessment (with a breakdown or score-only) or a department not assessed.
    private static readonly Gen<object> Entries = Gen.Frequency(
        (8, Gen.Select(Names, Gen.Int[0, 99999], Half, Half, Gen.Int[0, 3]).Select(object (n, code, d, b, g) =>
            new Assessment(new Department("C" + code, n), 100m, d, b) { Group = g switch { 1 => "县", 2 => "=区", _ => null } })),
        (1, Gen.Select(Names, Gen.Int[0, 99999], Gen.Decimal[-50m, 200m]).Select(object (n, code, t) => Assessment.FromTotal(new Department("S" + code, n), t))),
        (1, Gen.Select(Names, Gen.Int[0, 99999], Gen.Int[0, 3].Select(i => i switch { 0 => null, 1 => "新进驻", 2 => "=免考核", _ => "不参与考核" }), Gen.Int[0, 2])
            .Select(object (n, code, reason, g) => new NotAssessedEntry(new Department("N" + code, n), reason) { Group = g == 1 ? "县" : null })));

    private static Department DepartmentOf(object entry) => entry is Assessment a ? a.Department : ((NotAssessedEntry)entry).Department;

    private static string? GroupOf(object entry) => entry is Assessment a ? a.Group : ((NotAssessedEntry)entry).Group;

    // Caps and a floor, so capped totals are in play too (the assessments must still come back as they were).
    private static readonly ScoringEngine Capping = new(new ScoringScheme { TotalCap = 110m, TotalFloor = 60m });

    [Test]
    public void Property_WriteThenRead_GivesEqualAssessments([Values] TableLanguage language, [Values(',', ';', '\t')] char delimiter)
    {
        var writer = new CsvTableWriter(language, delimiter);
        Entries.Array[1, 25].Sample(entries => // (an empty table reads back as WS133, no data rows: see HostileInputTests)
        {
            var distinct = entries.DistinctBy(DepartmentOf).ToArray(); // a department twice is an import error (WS304)
            var ranked = Capping.Rank(distinct.OfType<Assessment>(), notAssessed: distinct.OfType<NotAssessedEntry>());
            var text = writer.ToText(ranked);

            var read = AssessmentTableReader.Default.ReadText(text);

            read.Errors.Should().BeEmpty(text);
            var expected = ranked.Rows.Select(object (r) => r.Assessment).Concat(ranked.NotAssessed).ToArray();
            var actual = read.Rows.Select(r => (object?)r.Assessment ?? r.NotAssessed!).ToArray();
            actual.Select(GroupOf).Should().Equal(expected.Select(GroupOf));
            actual.Should().Equal(expected, (a, b) => a.Equals(b) && DepartmentOf(a).Name == DepartmentOf(b).Name);
            read.Rows.Select(r => r.PrintedRank ?? "").Should().Equal(ranked.Rows.Select(r => r.PrintedRank).Concat(ranked.NotAssessed.Select(_ => "")));
        }, iter: 60);
    }

    [Test]
    public void Stream_HasUtf8Bom()
    {
        var stream = new MemoryStream();
        CsvTableWriter.Default.Write(ScoringEngine.Default.Rank([]), stream);
        stream.ToArray()[..3].Should().Equal(0xEF, 0xBB, 0xBF);
    }

    [Test]
    public void FormulaLikeNames_AreEscaped()
    {
        var ranked = ScoringEngine.Default.Rank([new Assessment(Department.FromName("=HYPERLINK(\"x\")"), 100m, 0m, 0m)]);
        CsvTableWriter.Default.ToText(ranked).Split("\r\n")[1].Should().StartWith("1,\"'=HYPERLINK(\"\"x\"\")\"");
    }

    [Test]
    public void EnglishHeaders()
    {
        new CsvTableWriter(TableLanguage.English).ToText(ScoringEngine.Default.Rank([])).Should().Be("rank,department,code,group,base,deduction,bonus,total,note\r\n");
    }

    [Test]
    public void Markdown_EscapesPipes()
    {
        var ranked = ScoringEngine.Default.Rank([new Assessment(Department.FromName("A|B"), 100m, 0.5m, 0m)]);
        MarkdownTableWriter.Default.ToText(ranked).Should().Be(
            "| 序号 | 部门窗口 | 基础分 | 减分 | 加分 | 实得分值 | 备注 |\n|---:|---|---:|---:|---:|---:|---|\n| 1 | A\\|B | 100 | -0.5 | 0 | 99.5 |  |\n");
    }
}
