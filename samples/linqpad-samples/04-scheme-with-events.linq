<Query Kind="Statements">
  <NuGetReference>WindowScoring</NuGetReference>
  <Namespace>WindowScoring</Namespace>
  <Namespace>WindowScoring.Import</Namespace>
  <Namespace>WindowScoring.Rules</Namespace>
</Query>

// A hall's written rules as data, and inspectors' records turned into the month's ranked table.
var scheme = SchemeJson.Load("""
    {
      "name": "示例考核办法", "baseScore": 100, "bonusCap": 20, "step": 0.5,
      "rules": [
        { "id": "JL-01", "category": "纪律作风", "kind": "deduction", "points": 0.5, "unit": "perPersonTime", "secondaryShare": 0.5 },
        { "id": "FW-01", "category": "服务质量", "kind": "deduction", "min": 3, "max": 5 },
        { "id": "FW-02", "category": "服务质量", "kind": "deduction", "points": 10, "veto": true },
        { "id": "JJ-03", "category": "重点工作", "kind": "bonus", "points": 1, "unit": "perItem" }
      ],
      "categoryBudgets": { "纪律作风": 10 },
      "grades": [ { "min": 110, "name": "优秀" }, { "min": 100, "name": "良好" }, { "min": 90, "name": "合格" }, { "min": -1000, "name": "不合格" } ],
      "honours": [ { "title": "红旗窗口", "count": 2 } ]
    }
    """).EnsureSuccess().Scheme!;

var log = EventLogReader.Default.ReadText("""
    部门,日期,规则,数量,分值,角色,状态
    教育厅,2023-11-03,FW-01,1,5,首席代表,已审核
    教育厅,2023-11-20,FW-01,1,4,,已审核
    教育厅,2023-11-21,JL-01,6,,,已审核
    教育厅,2023-11-22,JJ-03,1,,,已审核
    自然资源厅,2023-11-10,JJ-03,12,,,已审核
    公安厅,2023-11-12,JJ-03,8,,,已审核
    公安厅,2023-11-13,FW-02,1,,,申诉中
    """);
log.Diagnostics.Dump("Event log diagnostics");

var roster = new[] { "自然资源厅", "公安厅", "教育厅", "水利厅" }.Select(Department.FromName);
var month = new ScoringEngine(scheme).Assess(AssessmentPeriod.Parse("2023-11"), roster, log.Events);

month.Table.Rows.Dump("Ranked");
month.Breakdowns.Select(b => new { Department = b.Department.Name, b.Rank, b.Grade, b.Vetoed, b.ChiefRepresentativeDeduction, Adjustments = b.Adjustments.Count }).Dump("Breakdowns");
month.Honours.Dump("Honours");
month.Counts.Dump("Events by status");
