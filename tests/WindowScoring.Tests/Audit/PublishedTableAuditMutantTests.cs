using WindowScoring.Audit;
using WindowScoring.Import;

namespace WindowScoring.Tests.Audit;

/// <summary>The audit's survivors of the mutation run (stryker/audit.json): the scheme given, null, the findings' order, the summary.</summary>
public sealed class PublishedTableAuditMutantTests
{
    private static PublishedTable Table(string text) => AssessmentTableReader.Default.ReadText(text).ToPublishedTable();

    [Test]
    public void Check_RecomputesUnderTheSchemeGiven_NotTheDefault()
    {
        var table = Table("序号,部门窗口,基础分,减分,加分,实得分值\n1,A,100,0,15,115\n");
        var capped = new PublishedTableAudit(new ScoringScheme { BonusCap = 10m });

        PublishedTableAudit.Default.Check(table).IsConsistent.Should().BeTrue();
        capped.Check(table).Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.TotalMismatch && d.Expected == "110" && d.RawValue == "115");
    }

    [Test]
    public void Check_NullTable_Throws() =>
        FluentActions.Invoking(() => PublishedTableAudit.Default.Check(null!)).Should().Throw<ArgumentNullException>();

    [Test]
    public void Check_FindingsOfEveryKind_AreInLineOrder()
    {
        // Line 3 repeats A (found last, by the duplicate check) and misprints its rank; line 4 is out of order and misranked.
        var report = PublishedTableAudit.Default.Check(Table("序号,部门窗口,实得分值\n1,A,100\n2,A,90\n4,B,95\n5,C,80\n"));

        report.Diagnostics.Select(d => d.Line).Should().BeInAscendingOrder().And.HaveCountGreaterThan(3);
        report.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.DuplicateDepartment && d.Line == 3);
        report.ToString().Should().Be($"4 rows checked, {report.Diagnostics.Count} findings");
    }
}
