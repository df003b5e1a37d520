using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Import;

namespace WindowScoring.Tests.Export;

/// <summary>
/// No CSV writer produces a cell that a spreadsheet program would run as a formula: every cell of random tables whose
/// names, codes, groups (分组) and reasons begin with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is
/// either a plain number (<c>-0.5</c>) or does not begin with one of those characters.
/// </summary>
public sealed partial class FormulaSafetyTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["=+-@\t\r\n'\" ,;ab省厅１＝＋－＠\uFEFF\u200E\u202E\u2066"], 1, 10],
        Gen.OneOfConst("=SUM(A1:A9)", "+86 28 1234", "-1+1", "@cmd", "=HYPERLINK(\"http://x\",\"y\")", "'=x", "''+y", "-", "=", " =1", "=1\n=2",
            "＝SUM(A1)", "＋86", "－1", "＠cmd", "\uFEFF=1", "\u200F\u202B=1", "\u2069+1"))
        .Where(s => !string.IsNullOrWhiteSpace(s));

    private static readonly Gen<decimal> Half = Gen.Int[0, 60].Select(i => i / 2m);

    private static readonly Gen<string?> Groups = Gen.Frequency((3, Gen.Const((string?)null)), (1, Text.Select(t => (string?)t)));

    // An assessment (with a breakdown or score-only) or a department not assessed, in a hostile group.
    private static readonly Gen<object> Assessments = Gen.Select(Groups, Gen.Frequency(
        (8, Gen.Select(Text, Text, Half, Half).Select((n, code, d, b) => (Department.FromName(n), (Assessment?)new Assessment(new Department(code, n), 100m, d, b), (string?)null))),
        (1, Gen.Select(Text, Gen.Decimal[-50m, 200m]).Select((n, t) => (Department.FromName(n), (Assessment?)Assessment.FromTotal(Department.FromName(n), t), (string?)null))),
        (1, Gen.Select(Text, Text).Select((n, reason) => (Department.FromName(n), (Assessment?)null, (string?)reason)))))
        .Select(object (group, e) => e.Item2 is { } a ? a.InGroup(group) : new NotAssessedEntry(e.Item1, e.Item3) { Group = group });

    // Up to four months of tables with the same hostile names, and hostile group names for the aggregation.
    private static readonly Gen<(RankedTable[] Months, string[] Groups)> Histories =
        Gen.Select(Assessments.Array[1, 8].Array[1, 4], Text.Array[1, 3]).Select((months, groups) =>
            (months.Select((rows, i) => Rank(Distinct(rows), AssessmentPeriod.Month(2023, 9 + i))).ToArray(), groups));

    [Test]
    public void CsvTableWriter_NoCellRunsAsAFormula([Values] TableLanguage language, [Values(',', ';', '\t')] char delimiter)
    {
        var writer = new CsvTableWriter(language, delimiter);
        Assessments.Array[0, 20].Sample(rows => AssertNoFormula(writer.ToText(Rank(rows)), delimiter), iter: 100);
    }

    [Test]
    public void CsvTableWriter_AggregatedTable_NoCellRunsAsAFormula([Values] TableLanguage language, [Values(',', '\t')] char delimiter)
    {
        var writer = new CsvTableWriter(language, delimiter);
        Histories.Sample(h =>
        {
            var history = new AssessmentHistory(h.Months);
            var groups = history.Departments.Select((d, i) => (d, h.Groups[i % h.Groups.Length])).ToDictionary(x => x.d, x => x.Item2);
            var options = new AggregationOptions { MinimumMonths = 2, Groups = groups };
            AssertNoFormula(writer.ToText(history.Aggregate(AssessmentPeriod.Quarter(2023, 4), options)), delimiter);
            AssertNoFormula(writer.ToText(history.Aggregate(AssessmentPeriod.FullYear(2023))), delimiter);
        }, iter: 60);
    }

    [Test]
    public void CsvTableWriter_DepartmentHistory_NoCellRunsAsAFormula([Values] TableLanguage language, [Values(',', ';')] char delimiter)
    {
        var writer = new CsvTableWriter(language, delimiter);
        Histories.Sample(h =>
        {
            foreach (var department in new AssessmentHistory(h.Months).Analyze().Departments)
            {
                AssertNoFormula(writer.ToText(department), delimiter);
            }
        }, iter: 60);
    }

    [Test]
    public void ReportTableWriter_NoCellRunsAsAFormula_AndEveryLineKeepsItsSixCells()
    {
        Assessments.Array[0, 20].Sample(rows =>
        {
            var text = ReportTableWriter.Default.ToText(Rank(rows));
            var lines = text.Split('\n')[..^1].Select(line => line.Split('\t')).ToArray();
            lines.Should().OnlyContain(cells => cells.Length == 6, "the published layout has no quoting:\n{0}", text);
            lines.SelectMany(cells => cells).Where(c => !IsSafe(c)).Should().BeEmpty("no cell may run as a formula in:\n{0}", text);
        }, iter: 100);
    }

    [Test]
    public void ReportTableWriter_FormulaLikeName_ReadsBackToTheSameName()
    {
        var ranked = ScoringEngine.Default.Rank([new Assessment(Department.FromName("=HYPERLINK(\"x\")"), 100m, 0m, 0m)]);

        var text = ReportTableWriter.Default.ToText(ranked);

        text.Split('\n')[1].Should().Be("1\t'=HYPERLINK(\"x\")\t100\t0\t0\t100");
        AssessmentTableReader.Default.ReadText(text).Rows.Single().Department.Name.Should().Be("=HYPERLINK(\"x\")");
    }

    [TestCase("=SUM(A1)", false)]
    [TestCase("+86", false)]
    [TestCase("@x", false)]
    [TestCase("\t=1", false)]
    [TestCase("\r=1", false)]
    [TestCase("-0.5", true)]
    [TestCase("-1+1", false)]
    [TestCase("'=SUM(A1)", true)]
    [TestCase("部门", true)]
    [TestCase("＝SUM(A1)", false)]
    [TestCase("＋86", false)]
    [TestCase("－1", false)]
    [TestCase("＠x", false)]
    [TestCase("\uFEFF=1", false)]
    [TestCase("\u200E=1", false)]
    [TestCase("\u202E\u2066+1", false)]
    public void Oracle_WhatASpreadsheetRuns(string cell, bool safe) => IsSafe(cell).Should().Be(safe);

    private static void AssertNoFormula(string csv, char delimiter)
    {
        var cells = ParseCsv(csv, delimiter).SelectMany(record => record).ToArray();
        cells.Should().NotBeEmpty();
        cells.Where(c => !IsSafe(c)).Should().BeEmpty("no cell may run as a formula in:\n{0}", csv);
    }

    // A spreadsheet skips a byte order mark and bidirectional controls, and reads full-width = + - @ as their ASCII forms.
    private static bool IsSafe(string cell)
    {
        var start = cell.TrimStart("\uFEFF\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
        return start.Length == 0 || start[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠') || PlainNumber().IsMatch(cell);
    }

    /// <summary>RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks; records end with CRLF.</summary>
    private static List<List<string>> ParseCsv(string text, char delimiter)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        quoted.Should().BeFalse("every quoted field is closed");
        field.Length.Should().Be(0, "the last record ends with CRLF");
        return records;
    }

    // One row per department in a month (a history rejects a department twice in one month).
    private static object[] Distinct(object[] rows) => rows.DistinctBy(e => e is Assessment a ? a.Department : ((NotAssessedEntry)e).Department).ToArray();

    private static RankedTable Rank(object[] rows, AssessmentPeriod? period = null) =>
        ScoringEngine.Default.Rank(rows.OfType<Assessment>(), period, null, rows.OfType<NotAssessedEntry>());

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
