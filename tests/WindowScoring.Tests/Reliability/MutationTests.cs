using System.Diagnostics;
using System.Text;
using WindowScoring.Audit;
using WindowScoring.Export;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Reliability;

/// <summary>
/// Bounded random mutation of real files, with a fixed seed: thousands of byte-level mutations (bit flips, random bytes,
/// inserted, deleted and duplicated chunks, quotes, separators, line breaks, full-width characters, invalid UTF-8, huge
/// numbers) fed to the table reader, the event log reader and the scheme loader. The only outcome allowed is a result
/// with diagnostics: no exception (speed is left to the benchmarks: no wall-clock limit here). The same path as the fuzz harness (fuzz/), run
/// on every build without AFL.
/// </summary>
public sealed class MutationTests
{
    private const int Seed = 20231129;

    private static readonly ScoringScheme SampleScheme = SchemeJson.LoadFile(SampleData("sichuan-scheme.json")).EnsureSuccess().Scheme!;

    // Tokens a mutation inserts: what breaks CSV, reports, numbers, encodings and JSON.
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "\"", "\"\"", ",", ";", "\t", "\n", "\r", "\r\n", "\n\n", " ", "'", "=", "-", "+", "@", ".", "0", "9", "-0", "0.5", "1e5", "NaN",
            "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001", "99999999999999999999999999999.5",
            "１２０", "．５", "－", "，", "　", "＂", "＝", "部门窗口", "实得分值", "基础分", "序号", "不参与考核", "2023年11月", "考核结果",
            "{", "}", "[", "]", ":", "null", "true", "\"\":", "1e400", "\"\\u0000\"", "\\", "//", "/*", "*/", "\"rules\":[{", "\"min\":", "2023-02-30",
        }.Select(Encoding.UTF8.GetBytes),
        [0xC3], [0xFF], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x81, 0x30], [0x00],
    ];

    private static string SampleData(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "SampleData", name);

    private static string Data(params string[] parts) => Path.Combine([TestContext.CurrentContext.TestDirectory, "Data", .. parts]);

    private static IEnumerable<byte[]> TableFiles() =>
        new[] { SampleData("2023-11.tsv"), Data("weekly-report-2024-01.txt") }
            .Concat(Directory.GetFiles(Data("golden")).Order(StringComparer.Ordinal))
            .Select(File.ReadAllBytes);

    [Test]
    public void TableReader_MutatedRealFiles_OnlyResultsWithDiagnostics() => Mutate(TableFiles(), 2000, bytes =>
    {
        var result = AssessmentTableReader.Default.Read(new MemoryStream(bytes));
        Check(result.Diagnostics);
        var ranked = ScoringEngine.Default.Rank(result.ToPartialTable()); // mutated input: rank what could be read
        _ = CsvTableWriter.Default.ToText(ranked) + ReportTableWriter.Default.ToText(ranked) + MarkdownTableWriter.Default.ToText(ranked);
        _ = PublishedTableAudit.Default.Check(result.ToPublishedTable());
    });

    [Test]
    public void EventLogReader_MutatedRealFiles_OnlyResultsWithDiagnostics() => Mutate([File.ReadAllBytes(Data("events", "2023-11-events.csv"))], 1500, bytes =>
    {
        var result = EventLogReader.Default.Read(new MemoryStream(bytes));
        Check(result.Diagnostics);
        var roster = result.Events.Select(e => e.Department).Distinct().ToArray();
        var assessed = new ScoringEngine(SampleScheme).Assess(AssessmentPeriod.Month(2023, 11), roster, result.Events);
        Check(assessed.Diagnostics);
    });

    [Test]
    public void SchemeLoader_MutatedRealFiles_OnlyResultsWithDiagnostics() => Mutate([File.ReadAllBytes(SampleData("sichuan-scheme.json"))], 1500, bytes =>
    {
        var fromText = SchemeJson.Load(Encoding.UTF8.GetString(bytes));
        var fromStream = SchemeJson.Load(new MemoryStream(bytes));
        Check(fromText.Diagnostics);
        Check(fromStream.Diagnostics);
        (fromText.Scheme is null).Should().Be(fromText.Diagnostics.Count > 0, "a scheme comes without diagnostics, or diagnostics without a scheme");
        if (fromText.Scheme is { } scheme)
        {
            SchemeJson.Load(SchemeJson.Save(scheme)).Diagnostics.Should().BeEmpty("a loaded scheme saves to JSON that loads again");
        }
    });

    private static void Check(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            d.Code.Should().MatchRegex("^WS[0-9]{3}$");
            d.Message.Should().NotBeNullOrWhiteSpace();
        }
    }

    /// <summary>Runs <paramref name="target"/> on <paramref name="count"/> mutants of the files, collecting every exception.</summary>
    private static void Mutate(IEnumerable<byte[]> files, int count, Action<byte[]> target)
    {
        var originals = files.ToArray();
        var random = new Random(Seed);
        var failures = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var bytes = originals[i % originals.Length];
            var mutations = random.Next(1, 5);
            for (var m = 0; m < mutations; m++)
            {
                bytes = MutateOnce(bytes, random);
            }

            try
            {
                target(bytes);
            }
#pragma warning disable CA1031 // every exception is a finding, reported below with its input
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"mutant {i}: {e.GetType().Name}: {e.Message.Split('\n')[0]}\n  input (base64): {Convert.ToBase64String(bytes)}\n  at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
            }
        }

        failures.Should().BeEmpty("seed {0}, {1} mutants; the first failures:\n{2}", Seed, count, string.Join("\n", failures.Take(5)));
    }

    private static byte[] MutateOnce(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        var at = random.Next(0, bytes.Count + 1);
        switch (random.Next(0, 7))
        {
            case 0 when bytes.Count > 0: // flip a bit
                at = Math.Min(at, bytes.Count - 1);
                bytes[at] ^= (byte)(1 << random.Next(0, 8));
                break;
            case 1 when bytes.Count > 0: // a random byte
                at = Math.Min(at, bytes.Count - 1);
                bytes[at] = (byte)random.Next(0, 256);
                break;
            case 2: // insert random bytes
                bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 9)).Select(_ => (byte)random.Next(0, 256)));
                break;
            case 3 when bytes.Count > 0: // delete a chunk
                bytes.RemoveRange(Math.Min(at, bytes.Count - 1), Math.Min(random.Next(1, 64), bytes.Count - Math.Min(at, bytes.Count - 1)));
                break;
            case 4 when bytes.Count > 0: // duplicate a chunk somewhere else
                var from = random.Next(0, bytes.Count);
                var chunk = bytes.GetRange(from, Math.Min(random.Next(1, 256), bytes.Count - from));
                bytes.InsertRange(random.Next(0, bytes.Count + 1), chunk);
                break;
            default: // insert a token
                bytes.InsertRange(at, Tokens[random.Next(0, Tokens.Length)]);
                break;
        }

        return [.. bytes];
    }
}
