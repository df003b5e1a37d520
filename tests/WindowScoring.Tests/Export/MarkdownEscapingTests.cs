using WindowScoring.Export;
using WindowScoring.History;

namespace WindowScoring.Tests.Export;

/// <summary>No text in a cell becomes Markdown or HTML: the only markup the writer emits is its own table and <c>&lt;br&gt;</c>.</summary>
public sealed class MarkdownEscapingTests
{
    [TestCase("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;")]
    [TestCase("[x](javascript:alert(1))", "\\[x\\]\\(javascript:alert\\(1\\)\\)")]
    [TestCase("![x](http://x/a.png)", "!\\[x\\]\\(http://x/a.png\\)")]
    [TestCase("A|B", "A\\|B")]
    [TestCase("a\\|b", "a\\\\\\|b")]
    [TestCase("`code`", "\\`code\\`")]
    [TestCase("R&D &lt;", "R&amp;D &amp;lt;")]
    [TestCase("<br>", "&lt;br&gt;")]
    [TestCase("第一行\r\n第二行\n第三行\r第四行", "第一行<br>第二行<br>第三行<br>第四行")]
    [TestCase("省新闻出版局（省电影局）", "省新闻出版局（省电影局）")]
    public void EscapeCell_HtmlAndLinkSyntax(string text, string expected) => MarkdownTableWriter.EscapeCell(text).Should().Be(expected);

    [Test]
    public void ToText_RankedTable_HostileNameAndReason_AreEscaped()
    {
        var ranked = ScoringEngine.Default.Rank(
            [new Assessment(Department.FromName("<img src=x onerror=alert(1)>"), 100m, 0m, 0m)],
            notAssessed: [new NotAssessedEntry(Department.FromName("[x](javascript:alert(1))"), "<script>alert(1)</script>")]);

        var lines = MarkdownTableWriter.Default.ToText(ranked).Split('\n');

        lines[2].Should().Be("| 1 | &lt;img src=x onerror=alert\\(1\\)&gt; | 100 | 0 | 0 | 100 |  |");
        lines[3].Should().Be("|  | \\[x\\]\\(javascript:alert\\(1\\)\\) |  |  |  | 不参与考核 | &lt;script&gt;alert\\(1\\)&lt;/script&gt; |");
    }

    [Test]
    public void ToText_DepartmentHistory_HostileReason_IsEscaped()
    {
        var history = new AssessmentHistory([
            ScoringEngine.Default.Rank([], AssessmentPeriod.Month(2023, 11), null, [new NotAssessedEntry(Department.FromName("省税务局"), "<b>升级</b>|[链接](x)")]),
        ]);

        MarkdownTableWriter.Default.ToText(history.Analyze().Departments.Single()).Split('\n')[2]
            .Should().Be("| 2023-11 | 省税务局 |  | 0 |  |  |  | 不参与考核 | &lt;b&gt;升级&lt;/b&gt;\\|\\[链接\\]\\(x\\) |");
    }
}
