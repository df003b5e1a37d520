using System.Reflection;
using WindowScoring.Audit;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Domain;

/// <summary>Every result carries its diagnostics the same way: one base class, one EnsureSuccess.</summary>
public sealed class DiagnosticResultTests
{
    [TestCase(typeof(ImportResult))]
    [TestCase(typeof(ImportSummary))]
    [TestCase(typeof(EventLogResult))]
    [TestCase(typeof(SchemeLoadResult))]
    [TestCase(typeof(PeriodAssessment))]
    [TestCase(typeof(AggregatedTable))]
    [TestCase(typeof(AssessmentHistory))]
    [TestCase(typeof(AuditReport))]
    public void Result_SharesTheOneImplementation_AndDeclaresNoDiagnosticsOfItsOwn(Type result)
    {
        result.BaseType.Should().Be(typeof(DiagnosticResult<>).MakeGenericType(result));
        foreach (var name in new[] { "Diagnostics", "Errors", "HasErrors", "EnsureSuccess", "Findings" })
        {
            result.GetMember(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Should().BeEmpty(name);
        }
    }

    [Test]
    public void EnsureSuccess_ReturnsTheConcreteResult_SoCallsChain()
    {
        var table = AssessmentTableReader.Default.ReadText("部门窗口,基础分,减分,加分\nA,100,0,1\n").EnsureSuccess().ToTable();
        table.Assessments.Should().ContainSingle();
    }

    [Test]
    public void EnsureSuccess_Warnings_DoNotThrow_ErrorsThrowWithEveryDiagnostic()
    {
        var warned = AssessmentTableReader.Default.ReadText("部门窗口,基础分,减分,加分\nA,100,-1,1\nB,100,2,1\n");
        warned.Warnings.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeductionSignMixed);
        warned.ErrorCount.Should().Be(0);
        warned.EnsureSuccess().Should().BeSameAs(warned);

        var failed = AssessmentTableReader.Default.ReadText("部门窗口,基础分,减分,加分\nA,100,x,1\nB,100,y,1\n");
        failed.ErrorCount.Should().Be(2);
        FluentActions.Invoking(() => failed.EnsureSuccess()).Should().Throw<DiagnosticException>().Which.Diagnostics.Should().Equal(failed.Diagnostics);
    }
}
