using System.Text;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Import;

/// <summary>Text kept as typed: what is no text (controls, lone surrogates, noncharacters) is an error in every column, never
/// turned into U+FFFD or dropped.</summary>
public sealed class TextAsTypedTests
{
    private const string Head = "部门窗口,分组,备注,联系人,实得分值\n";

    [TestCase("教育厅,县\0,,,90", "分组")]
    [TestCase("教育厅,县,备\a注,,90", "备注")]
    [TestCase("教育厅,县,,张\u0085三,90", "联系人")]
    [TestCase("教\u007F育厅,县,,,90", "部门窗口")]
    public void ControlCharacter_InAnyTextColumn_IsWS132_AndTheRowIsNotUsed(string row, string column)
    {
        var result = AssessmentTableReader.Default.ReadText(Head + row + "\n公安厅,县,,,91\n");

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.ControlCharacter && d.Line == 2 && d.Column == column);
        result.Rows.Select(r => r.Department.Name).Should().Equal("公安厅");
    }

    // Code units, not strings: an attribute's string cannot hold a lone surrogate (metadata stores UTF-8).
    [TestCase(new[] { 0xD800 })]
    [TestCase(new[] { 0xDC00, 'x' })]
    [TestCase(new[] { 0xFFFE })]
    [TestCase(new[] { 0xFFFF })]
    [TestCase(new[] { 0xFDD0 })]
    [TestCase(new[] { 0xD83F, 0xDFFF })] // U+1FFFF
    public void LoneSurrogateOrNoncharacter_IsWS132WithItsCodePoint_NeverUFFFD(int[] units)
    {
        var bad = new string(units.Select(u => (char)u).ToArray());

        var result = AssessmentTableReader.Default.ReadText(Head + "教育厅,县,备注" + bad + ",,90\n");

        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(DiagnosticCodes.ControlCharacter);
        error.Line.Should().Be(2);
        error.Message.Should().Contain(char.IsSurrogate(bad[0]) && bad.Length == 1 || bad[^1] == 'x' ? "line 2" : "U+" + units[0].ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        result.RowsWithoutErrors().Should().BeEmpty();
        result.Rows.SelectMany(r => r.Department.Name).Should().NotContain('\uFFFD');
    }

    [Test]
    public void ValidSurrogatePair_IsText()
    {
        var result = AssessmentTableReader.Default.ReadText(Head + "教育厅😀,县,𠀀,,90\n");

        result.Errors.Should().BeEmpty();
        result.Rows.Single().Department.Name.Should().Be("教育厅😀");
    }

    [Test]
    public void Utf16Stream_WithALoneSurrogate_IsAnError_NotUFFFD()
    {
        var bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes(Head + "教育厅,县,,,90\n")).Concat(new byte[] { 0x00, 0xD8, (byte)',', 0, (byte)'1', 0, (byte)'\n', 0 }).ToArray();

        var result = AssessmentTableReader.Default.Read(new MemoryStream(bytes));

        result.HasErrors.Should().BeTrue();
        result.Rows.SelectMany(r => r.Department.Name).Should().NotContain('\uFFFD');
    }

    [Test]
    public void EventLog_NoteWithNul_IsWS132()
    {
        var result = EventLogReader.Default.ReadText("部门,日期,规则,备注\n教育厅,2023-11-03,JL-01,迟\0到\n");

        result.Errors.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.ControlCharacter && d.Line == 2 && d.Column == "备注");
        result.Events.Should().BeEmpty();
    }
}
