<Query Kind="Statements">
  <NuGetReference>WindowScoring</NuGetReference>
  <Namespace>WindowScoring</Namespace>
  <Namespace>WindowScoring.Audit</Namespace>
  <Namespace>WindowScoring.Import</Namespace>
</Query>

// A CSV as halls send it: a decimal comma, a full-width number, a short row and a wrong printed total.
var csv = """
    序号,部门窗口,基础分,减分,加分,实得分值
    1,自然资源厅,100,0,20,120
    2,交通运输厅,100,"0,5",20,119.5
    3,省林草局,１００,－０．５,12,111.5
    4,公安厅,100,0
    5,教育厅,100,-12,1,90
    """;

var result = AssessmentTableReader.Default.ReadText(csv);
result.Rows.Dump("Rows read");
result.Diagnostics.Dump("Diagnostics: line, column, code, message");

var audit = PublishedTableAudit.Default.Check(result.ToPublishedTable());
audit.Diagnostics.Dump("What the published table got wrong: expected and found, as diagnostics");
ScoringEngine.Default.Rank(result.ToPartialTable()).Rows.Dump("Ranked from the rows no error names (a deliberate partial ranking; ToTable() would refuse)");
