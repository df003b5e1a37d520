using System.Text;
using CsCheck;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>
/// Conservation: every non-blank line of the input that is not a header ends up either as a row or in a
/// diagnostic naming its line, never both, never neither.
/// </summary>
public sealed class ConservationTests
{
    private const string Header = "序号,部门窗口,基础分,减分,加分,实得分值";

    private static readonly Gen<string> Valid = Gen.Select(Gen.Int[1, 99], Gen.Int[0, 40], Gen.Int[0, 40])
        .Select((r, d, b) => $"{r},部门{r}_{d},100,{-d / 2m},{b / 2m},{100 - (d / 2m) + (b / 2m)}");

    private static readonly Gen<string> Malformed = Gen.OneOf(
        Gen.Const(",,100,0,0,100"),               // no department
        Gen.Const("1,甲,100,5,5,0,0"),           // long row with values
        Gen.Const("1,乙,100"),                    // short row
        Gen.Const("1,丙,1e3,0,0,100"),           // exponent
        Gen.Const("1,丁,100,0,NaN,100"),         // NaN
        Gen.Const("1,戊,100,0,-2,98"),           // negative bonus
        Gen.Const("1,己,１００,0,0,100"),         // full-width: valid after folding
        Gen.Const("x,庚,100,0,0,100"));           // bad rank: a warning, row kept

    private static readonly Gen<string> Line = Gen.Frequency((6, Valid), (2, Malformed), (1, Gen.Const("")), (1, Gen.Const(Header)));

    [Test]
    public void Property_EveryLineIsARowOrADiagnostic([Values("utf-8", "utf-8-bom", "gb18030")] string encoding)
    {
        Line.Array[0, 40].Sample(lines =>
        {
            var text = Header + "\n" + string.Join("\n", lines) + "\n";
            var bytes = Encode(text, encoding);

            var result = AssessmentTableReader.Default.Read(new MemoryStream(bytes));

            var rowLines = result.Rows.Select(r => r.Line).ToArray();
            var errorLines = result.Diagnostics.Where(d => d.IsError && d.Code != DiagnosticCodes.NoDataRows).Select(d => d.Line!.Value).ToArray(); // WS133 names the header
            rowLines.Should().OnlyHaveUniqueItems();
            rowLines.Intersect(errorLines.Except(DuplicateLines(result))).Should().BeEmpty("a line is a row or an error, not both (a repeated department is both: kept, and an error)");
            var expected = Enumerable.Range(0, lines.Length)
                .Where(i => lines[i].Length > 0 && lines[i] != Header)
                .Select(i => i + 2);
            rowLines.Concat(errorLines).Distinct().Order().Should().Equal(expected);
        }, iter: 80);
    }

    // Quoted department names with a separator, a doubled quote or a line break inside: one record over several lines.
    private static readonly Gen<string> Quoted = Gen.Select(Gen.Int[1, 99], Gen.OneOfConst("甲,乙", "say \"\"hi\"\"", "第一行\n第二行", "a\r\nb\n\nc", ""))
        .Select((r, inner) => $"{r},\"部门{r}{inner}\",100,-0.5,1,100.5");

    private static readonly Gen<string> Record = Gen.Frequency((5, Valid), (3, Quoted), (2, Malformed), (1, Gen.Const("")), (1, Gen.Const(Header)));

    [Test]
    public void Property_QuotedFieldsAndEmbeddedLineBreaks_EveryRecordIsARowOrADiagnosticAtItsFirstLine([Values("utf-8", "gb18030")] string encoding)
    {
        Record.Array[0, 30].Sample(records =>
        {
            var text = Header + "\n" + string.Join("\n", records) + "\n";

            var result = AssessmentTableReader.Default.Read(new MemoryStream(Encode(text, encoding)));

            // The first line of each record: line 1 is the header; a record with k line breaks inside takes k + 1 lines.
            var expected = new List<int>();
            var line = 2;
            foreach (var record in records)
            {
                if (record.Length > 0 && record != Header)
                {
                    expected.Add(line);
                }

                line += 1 + record.Count(c => c == '\n') + record.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c == '\r');
            }

            var rowLines = result.Rows.Select(r => r.Line).ToArray();
            var errorLines = result.Diagnostics.Where(d => d.IsError && d.Code != DiagnosticCodes.NoDataRows).Select(d => d.Line!.Value).ToArray(); // WS133 names the header
            rowLines.Should().OnlyHaveUniqueItems();
            rowLines.Intersect(errorLines.Except(DuplicateLines(result))).Should().BeEmpty("a record is a row or an error, not both (a repeated department is both)");
            rowLines.Concat(errorLines).Distinct().Order().Should().Equal(expected, text);
            result.Rows.Where(r => r.Department.Name.Contains('\n', StringComparison.Ordinal)).All(r => r.Assessment!.Total == 100.5m).Should().BeTrue("a line break inside a quoted name keeps the record whole");
        }, iter: 60);
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "gb18030" => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text),
        _ => Encoding.UTF8.GetBytes(text),
    };

    private static IEnumerable<int> DuplicateLines(ImportResult result) =>
        result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateDepartment).Select(d => d.Line!.Value);
}
