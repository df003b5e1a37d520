using CsCheck;
using WindowScoring.Export;
using WindowScoring.Import;

namespace WindowScoring.Tests.Export;

/// <summary>
/// Text kept as typed: names built from every character the formula escape and the delimiters care about go through each
/// writer that has a reader and come back the same (format characters such as bidi marks come back removed, with WS131's
/// warning: the import's rule; the report text prints tabs and line breaks as spaces: its layout has one line a row).
/// </summary>
public sealed class NameRoundTripTests
{
    private static readonly string[] Pieces =
        ["'", "''", "=", "+", "-", "@", "＝", "＋", "－", "＠", "\t", "\"", "\r", "\n", "\r\n", "\u200E", "\u202E", "\u2066", "\uFEFF", "省", "厅", " ", "a", ",", ";", "|", "=SUM(A1)", "😀"];

    internal static readonly Gen<string> Names = Gen.OneOf(
            Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[1, 8].Select(string.Concat),
            Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Where(p => p.Length <= 6).Select(p => "=" + new string('长', 32_766 - p.Length) + p)) // 32,767: a cell's limit
        .Where(s => Expected(s, keepsLineBreaks: true).Length > 0);

    private static readonly ImportOptions Long = new() { MaxFieldLength = 40_000 };

    /// <summary>The name a reader gives back: the writer's department trims white space; the import removes format characters.</summary>
    internal static string Expected(string name, bool keepsLineBreaks)
    {
        var text = keepsLineBreaks ? name.Trim() : name.Trim().Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
        return new string(text.Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray()).Trim();
    }

    internal static RankedTable Table(string[] names) =>
        ScoringEngine.Default.Rank(names.Select((n, i) => new Assessment(new Department("C" + i, n.Trim()), 100m, i, 0m)).ToArray());

    [Test]
    public void Property_Csv_WriteThenRead_GivesTheSameNames([Values(',', ';', '\t')] char delimiter)
    {
        var writer = new CsvTableWriter(TableLanguage.Chinese, delimiter);
        Names.Array[1, 6].Sample(names =>
        {
            var table = Table(names);
            var text = writer.ToText(table);

            var read = AssessmentTableReader.Default.ReadText(text, Long with { Delimiter = delimiter });

            read.Errors.Should().BeEmpty();
            read.Rows.Select(r => r.Department.Name).Should().Equal(table.Rows.Select(r => Expected(r.Assessment.Department.Name, keepsLineBreaks: true)));
        }, iter: 200);
    }

    [Test]
    public void Property_ReportText_WriteThenRead_GivesTheSameNames()
    {
        Names.Where(n => Expected(n, keepsLineBreaks: false).Length > 0).Array[1, 6].Sample(names =>
        {
            // The report layout has no code column: a department is its name, so names that print alike are one (WS304).
            var table = Table(names.DistinctBy(n => Department.NormalizeName(Expected(n, keepsLineBreaks: false))).ToArray());
            var text = "2023年11月窗口考核结果\n" + ReportTableWriter.Default.ToText(table);

            var read = AssessmentTableReader.Default.ReadText(text, Long with { Format = TableFormat.ReportText });

            read.Errors.Should().BeEmpty();
            read.Rows.Select(r => r.Department.Name).Should().Equal(table.Rows.Select(r => Expected(r.Assessment.Department.Name, keepsLineBreaks: false)));
        }, iter: 200);
    }

    [TestCase("'=x", "''=x")]
    [TestCase("'＝x", "''＝x")]
    [TestCase("=x", "'=x")]
    [TestCase("'x", "'x")]
    [TestCase("''=x", "'''=x")]
    public void Csv_TypedLeadingApostrophe_IsTheEscape_SoOurOwnOutputReadsBackUnchanged(string name, string written)
    {
        // A typed '=x reads as =x (as Excel shows it); a name that really starts '= is written with one more apostrophe.
        var text = CsvTableWriter.Default.ToText(Table([name]));
        text.Should().Contain("," + written + ",");

        AssessmentTableReader.Default.ReadText(text).Rows.Single().Department.Name.Should().Be(name);
        AssessmentTableReader.Default.ReadText("部门窗口,实得分值\n'=x,90\n").Rows.Single().Department.Name.Should().Be("=x");
    }
}
