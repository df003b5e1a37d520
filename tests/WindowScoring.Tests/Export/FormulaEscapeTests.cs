using WindowScoring.Export;
using WindowScoring.Import;

namespace WindowScoring.Tests.Export;

/// <summary>The formula escape covers the full-width triggers and triggers hidden behind a byte order mark or bidirectional controls.</summary>
public sealed class FormulaEscapeTests
{
    [TestCase("=SUM(A1)")]
    [TestCase("＝SUM(A1)")]
    [TestCase("＋86")]
    [TestCase("－1")]
    [TestCase("＠cmd")]
    [TestCase("\uFEFF=1")]
    [TestCase("\u200E=1")]
    [TestCase("\u200F+1")]
    [TestCase("\u202A-1")]
    [TestCase("\u202E@x")]
    [TestCase("\u2066=1")]
    [TestCase("\u2069\u200E＝1")]
    [TestCase("'\uFEFF=1")]
    public void Escape_FormulaLikeText_GetsApostrophe_AndUnescapeRestoresIt(string text)
    {
        var escaped = FormulaEscape.Escape(text);

        escaped.Should().Be("'" + text);
        FormulaEscape.Unescape(escaped).Should().Be(text);
    }

    [TestCase("省林草局")]
    [TestCase("\uFEFF省林草局")]
    [TestCase("\u200E省林草局")]
    [TestCase("a=1")]
    [TestCase("'")]
    public void Escape_PlainText_Unchanged(string text)
    {
        FormulaEscape.Escape(text).Should().Be(text);
        FormulaEscape.Unescape(text).Should().Be(text);
    }

    [TestCase("＝SUM(A1)")]
    [TestCase("\uFEFF=SUM(A1)")]
    [TestCase("\u202E=1+1")]
    public void Csv_HiddenOrFullWidthFormula_EscapedAndReadBack(string name)
    {
        var ranked = ScoringEngine.Default.Rank([new Assessment(new Department("C1", name), 100m, 0m, 0m)]);

        var text = CsvTableWriter.Default.ToText(ranked);

        text.Split("\r\n")[1].Should().StartWith("1,'" + name[0]);
        var read = AssessmentTableReader.Default.ReadText(text);
        // Invisible format characters never reach a name on import (WS131 says they were removed); the rest comes back.
        read.Rows.Single().Department.Name.Should().Be(name.Replace("\uFEFF", "", StringComparison.Ordinal).Replace("\u202E", "", StringComparison.Ordinal));
        read.Diagnostics.Any(d => d.Code == DiagnosticCodes.InvisibleCharactersRemoved).Should().Be(name[0] != '＝');
    }

    [Test]
    public void Report_FullWidthFormula_Escaped()
    {
        var ranked = ScoringEngine.Default.Rank([new Assessment(Department.FromName("＝1+1"), 100m, 0m, 0m)]);

        ReportTableWriter.Default.ToText(ranked).Split('\n')[1].Should().Be("1\t'＝1+1\t100\t0\t0\t100");
    }
}
