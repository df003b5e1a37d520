using WindowScoring.Export;

namespace WindowScoring.Tests.Reliability;

/// <summary>One engine and one set of writers shared by many threads give the same results as one thread.</summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int Iterations = 1000;

    [Test]
    public void SharedEngineAndWriters_EightThreads_ThousandTimesEach_SameAsOneThread()
    {
        // One shared instance of each: the scheme caps the bonus and ranks densely, so the scheme is used on every call.
        var engine = new ScoringEngine(new ScoringScheme { BonusCap = 15m, TotalFloor = 80m, RankingMethod = RankingMethod.Dense });
        var csv = new CsvTableWriter(TableLanguage.English, ';');
        var report = ReportTableWriter.Default;
        var markdown = MarkdownTableWriter.Default;
        var tables = Enumerable.Range(0, Threads).Select(Table).ToArray();
        string Run(AssessmentTable table)
        {
            var ranked = engine.Rank(table);
            return csv.ToText(ranked) + report.ToText(ranked) + markdown.ToText(ranked) + string.Join("\n", ranked.Rows);
        }

        var expected = tables.Select(Run).ToArray();
        var mismatches = new int[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < Iterations; i++)
            {
                if (Run(tables[t]) != expected[t])
                {
                    mismatches[t]++;
                }
            }
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        mismatches.Should().OnlyContain(m => m == 0);
        expected.Distinct().Should().HaveCount(Threads, "every thread ranks a different table");
    }

    /// <summary>A small table of its own per thread: ties, a capped bonus, a floored total, a score-only row, one not assessed.</summary>
    private static AssessmentTable Table(int seed)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, 12)
            .Select(i => new Assessment(new Department($"T{seed}-{i}", $"线程{seed}部门{i}"), 100m, random.Next(0, 50) / 2m, random.Next(0, 40) / 2m))
            .ToList();
        rows.Add(Assessment.FromTotal(Department.FromName($"线程{seed}县"), 95.5m));
        return new AssessmentTable(rows, AssessmentPeriod.Month(2023, 11), null, [new NotAssessedEntry(Department.FromName($"线程{seed}新单位"), "新进驻")]);
    }
}
