using System.Text;
using CsCheck;
using WindowScoring.Import;

namespace WindowScoring.OpenXml.Tests;

/// <summary>Names through the .xlsx writer and back through the workbook reader come back as written (format characters
/// such as bidi marks come back removed, with WS131: the import's rule); diagnostics of a workbook are bounded.</summary>
/// <remarks>A workbook cell's value is its text: the writer writes a name as it is and the reader reads it as it is, so a name
/// that begins with an apostrophe (<c>'=x</c>, <c>''</c>) keeps it; the formula escape of CSV is not a workbook's.</remarks>
public sealed class WorkbookTextRoundTripTests
{
    private static readonly string[] Pieces = ["'", "''", "'=", "=", "+", "-", "@", "＝", "＋", "－", "＠", "\t", "\"", "\r", "\n", "\r\n", "\u200F", "\u202E", "\uFEFF", "省", " ", "<", "&", "_x0041_", "=SUM(A1)", "😀"];

    private static readonly Gen<string> Names = Gen.OneOf(
            Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[1, 8].Select(string.Concat),
            Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Where(p => p.Length <= 6)
                .Select(p => p + new string('长', 32_767 - (2 * p.Length)) + p)) // 32,767 characters: a cell's limit
        .Select(n => n.Trim())
        .Where(n => Visible(n).Length > 0);

    private static string Visible(string name) =>
        new string(name.Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray()).Trim();

    [Test]
    public void Property_Xlsx_WriteThenRead_GivesTheSameNames()
    {
        Names.Array[1, 5].Sample(names =>
        {
            // The workbook has no code column: a department is its name, so names alike are one (WS304).
            var table = ScoringEngine.Default.Rank(names.DistinctBy(n => Department.NormalizeName(Visible(n))).Select((n, i) => new Assessment(new Department("C" + i, n), 100m, i, 0m)).ToArray());
            using var stream = new MemoryStream();
            XlsxTableWriter.Default.Write(table, stream);
            stream.Position = 0;

            var read = WorkbookReader.Read(stream, new ImportOptions { MaxFieldLength = 40_000 });

            read.Errors.Should().BeEmpty();
            read.Rows.Select(r => r.Department.Name).Should().Equal(table.Rows.Select(r => Visible(r.Assessment.Department.Name)));
        }, iter: 100);
    }

    [TestCase("'=x")]
    [TestCase("''=x")]
    [TestCase("'+1")]
    [TestCase("''")]
    [TestCase("'省")]
    public void Xlsx_NameBeginningWithAnApostrophe_ReadsBackWithIt(string name)
    {
        var table = ScoringEngine.Default.Rank([new Assessment(new Department("C1", name), 100m, 0m, 0m), new Assessment(new Department("C2", "=x"), 90m, 0m, 0m)]);
        using var stream = new MemoryStream();
        XlsxTableWriter.Default.Write(table, stream);
        stream.Position = 0;

        var read = WorkbookReader.Read(stream);

        read.Errors.Should().BeEmpty();
        read.Rows.Select(r => r.Department.Name).Should().Equal(name, "=x");
    }

    [Test]
    public void Xlsx_NameOfMoreThan32767Characters_IsRefusedBeforeWriting()
    {
        var table = ScoringEngine.Default.Rank([new Assessment(new Department("C1", "'=" + new string('长', 32_766)), 100m, 0m, 0m)]);
        using var stream = new MemoryStream();

        var write = () => XlsxTableWriter.Default.Write(table, stream);

        write.Should().Throw<ArgumentException>().WithMessage("*32768 characters*32767*");
        stream.Length.Should().Be(0);
    }

    [Test]
    public void Read_ManyBadRows_KeepsTheBound_AndCountsTheRestInWS104()
    {
        var rows = new StringBuilder(Workbooks.Header);
        for (var r = 2; r <= 3001; r++)
        {
            rows.Append("<row r=\"").Append(r).Append("\"><c r=\"A").Append(r).Append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }

        using var stream = Workbooks.Minimal(rows.ToString());

        var result = WorkbookReader.Read(stream, new ImportOptions { MaxDiagnostics = 100 });

        result.Diagnostics.Count(d => d.Code != DiagnosticCodes.TooManyDiagnostics).Should().BeLessThanOrEqualTo(100);
        result.Diagnostics[^1].Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.TooManyDiagnostics && d.IsError);
        result.HasErrors.Should().BeTrue();
    }
}
