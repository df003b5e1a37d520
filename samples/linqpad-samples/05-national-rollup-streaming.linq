<Query Kind="Statements">
  <NuGetReference>WindowScoring</NuGetReference>
  <Namespace>WindowScoring</Namespace>
  <Namespace>System.Runtime.InteropServices</Namespace>
  <Namespace>WindowScoring.Import</Namespace>
</Query>

// A national roll-up is millions of rows: ReadEach passes each row on as it is read and keeps none of them.
// Here 200,000 made-up rows are generated in memory (a real roll-up would be a file path or a stream).
var random = new Random(2023);
var csv = new System.Text.StringBuilder("部门代码,部门窗口,基础分,减分,加分\n");
for (var i = 0; i < 200_000; i++)
{
    csv.Append($"D{i:D6},窗口{i},100,-{random.Next(0, 30) / 2m},{random.Next(0, 41) / 2m}\n");
}

var bytes = System.Text.Encoding.UTF8.GetBytes(csv.ToString());
var watch = System.Diagnostics.Stopwatch.StartNew();
var codes = new List<string>();
var totals = new List<decimal>();
var summary = AssessmentTableReader.Default.ReadEach(new System.IO.MemoryStream(bytes), row =>
{
    if (row.Assessment is { } assessment) // a row marked 不参与考核 has a NotAssessed entry instead, and no total
    {
        codes.Add(row.Department.Code);
        totals.Add(assessment.Total);
    }
});
summary.EnsureSuccess();

// Competition ranks of all the totals at once (1, 1, 3 …), highest first, without building a ranked row per department.
var ranks = new int[totals.Count];
Ranker.ComputeRanks(CollectionsMarshal.AsSpan(totals), ranks);
watch.Stop();

summary.Dump("Rows read, diagnostics");
$"{totals.Count:N0} rows read and ranked in {watch.ElapsedMilliseconds} ms".Dump();
Enumerable.Range(0, totals.Count).Where(i => ranks[i] <= 3).Select(i => new { Rank = ranks[i], Code = codes[i], Total = totals[i] })
    .OrderBy(r => r.Rank).Take(20).Dump("At the top (ties share a rank)");
