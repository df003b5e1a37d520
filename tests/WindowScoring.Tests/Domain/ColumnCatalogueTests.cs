using System.Reflection;
using WindowScoring.Export;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Domain;

/// <summary>The columns are declared once (<see cref="ColumnCatalogue"/>) and every reader and writer takes them from there.</summary>
public sealed class ColumnCatalogueTests
{
    private static readonly ColumnDefinition[] All = typeof(ColumnCatalogue)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(ColumnDefinition))
        .Select(p => (ColumnDefinition)p.GetValue(null)!)
        .ToArray();

    [Test]
    public void EveryColumn_IsNamedAfterItsProperty_AndMatchesItsOwnHeadings()
    {
        All.Should().HaveCountGreaterThan(20);
        foreach (var column in All)
        {
            typeof(ColumnCatalogue).GetProperty(column.Name)!.GetValue(null).Should().BeSameAs(column);
            column.Matches(column.Chinese).Should().BeTrue(column.Name);
            column.Matches(column.English).Should().BeTrue(column.Name);
            column.Matches(column.ReportHeading).Should().BeTrue(column.Name);
            column.ToString().Should().Be(column.Chinese + "/" + column.English);
        }
    }

    [TestCaseSource(nameof(TableKinds))]
    public void WithinATableKind_NoHeadingNamesTwoColumns(string kind, IReadOnlyList<ColumnDefinition> columns)
    {
        foreach (var column in columns)
        {
            foreach (var alias in column.Aliases)
            {
                columns.Where(c => c.Matches(alias)).Should().Equal([column], $"'{alias}' names one column of {kind}");
            }
        }
    }

    [Test]
    public void Matches_FoldsFullWidthFormsSpacesAndCase()
    {
        ColumnCatalogue.Base.Matches("基础分 分值").Should().BeTrue();
        ColumnCatalogue.Base.Matches("Base Score").Should().BeTrue();
        ColumnCatalogue.Deduction.Matches("ＤＥＤＵＣＴＩＯＮ").Should().BeTrue();
        ColumnCatalogue.Total.Matches("部门窗口").Should().BeFalse();
    }

    [Test]
    public void TheReportHeader_IsTheColumnsReportHeadings()
    {
        ReportTableWriter.Header.Should().Be("序号\t部门窗口\t基础分 分值\t减分 分值\t加分分值\t实得分值");
    }

    [Test]
    public void CsvHeader_IsThePublishedTableColumnsInOrder()
    {
        var csv = CsvTableWriter.Default.ToText(ScoringEngine.Default.Rank([new Assessment(Department.FromName("A"), 100m, 0m, 1m)]));
        csv.Split("\r\n")[0].Should().Be(string.Join(",", ColumnCatalogue.PublishedTable.Select(c => c.Chinese)));
    }

    [Test]
    public void ATableHeadedInAnyLanguageOrAlias_IsRead()
    {
        foreach (var (name, total) in new[] { ("部门窗口", "实得分值"), ("department", "total"), ("窗口名称", "得分"), ("Dept", "Total Score") })
        {
            var read = AssessmentTableReader.Default.ReadText($"{name},{total}\nA,99.5\n");
            read.HasErrors.Should().BeFalse(name);
            read.Rows.Single().Assessment!.Total.Should().Be(99.5m);
        }
    }

    private static IEnumerable<TestCaseData> TableKinds()
    {
        yield return new TestCaseData("PublishedTable", ColumnCatalogue.PublishedTable);
        yield return new TestCaseData("EventLog", ColumnCatalogue.EventLog);
    }
}
