using System.Text;
using SharpFuzz;
using WindowScoring.Export;
using WindowScoring.Import;
using WindowScoring.OpenXml;
using WindowScoring.Rules;

namespace WindowScoring.Fuzz;

/// <summary>
/// The fuzz targets. Each feeds the input bytes to one reader and then through the rest of the path the reader's
/// output goes; any exception that escapes is a crash for AFL. Data errors must come back as diagnostics.
/// </summary>
/// <remarks>
/// <c>WindowScoring.Fuzz table|xlsx|events|scheme</c> runs under afl-fuzz (SharpFuzz's fork server);
/// <c>WindowScoring.Fuzz table|xlsx|events|scheme FILE...</c> runs the target once per file, to reproduce a finding.
/// </remarks>
internal static class Program
{
    private static readonly ScoringScheme Scheme =
        SchemeJson.LoadFile(Path.Combine(AppContext.BaseDirectory, "sichuan-scheme.json")).EnsureSuccess().Scheme!;

    private static int Main(string[] args)
    {
        Action<Stream>? target = args.FirstOrDefault() switch
        {
            "table" => Table,
            "xlsx" => Workbook,
            "events" => Events,
            "scheme" => SchemeText,
            _ => null,
        };
        if (target is null)
        {
            Console.Error.WriteLine("usage: WindowScoring.Fuzz table|xlsx|events|scheme [FILE...]");
            return 2;
        }

        if (args.Length > 1)
        {
            foreach (var file in args.Skip(1))
            {
                using var stream = File.OpenRead(file);
                target(stream);
                Console.WriteLine($"{file}: ok");
            }

            return 0;
        }

        Fuzzer.OutOfProcess.Run(target);
        return 0;
    }

    /// <summary>The table reader, then rank and every table writer; the CSV written must read back to the same assessments.</summary>
    private static void Table(Stream input)
    {
        var result = AssessmentTableReader.Default.Read(input);
        var ranked = ScoringEngine.Default.Rank(result.ToPartialTable()); // mutated input: rank what could be read
        _ = ReportTableWriter.Default.ToText(ranked);
        _ = MarkdownTableWriter.Default.ToText(ranked);
        var csv = CsvTableWriter.Default.ToText(ranked);
        var again = AssessmentTableReader.Default.ReadText(csv);
        if (again.HasErrors
            || !again.Rows.Where(r => r.Assessment is not null).Select(r => r.Assessment).SequenceEqual(ranked.Rows.Select(r => r.Assessment))
            || !again.Rows.Where(r => r.NotAssessed is not null).Select(r => r.NotAssessed).SequenceEqual(ranked.NotAssessed))
        {
            throw new InvalidOperationException("The written CSV does not read back to the same assessments:\n" + csv);
        }
    }

    /// <summary>The workbook reader (.xlsx: zip, XML, shared strings, styles), then rank, the .xlsx writer, and read the
    /// written workbook back: it must give the same assessments.</summary>
    private static void Workbook(Stream input)
    {
        var result = WorkbookReader.Read(input, new ImportOptions { MaxBytes = 16 * 1024 * 1024 }); // bombs end at 16 MB
        var ranked = ScoringEngine.Default.Rank(result.ToPartialTable());
        using var written = new MemoryStream();
        XlsxTableWriter.Default.Write(ranked, written);
        written.Position = 0;
        var again = WorkbookReader.Read(written);
        if (again.HasErrors
            || !again.Rows.Where(r => r.Assessment is not null).Select(r => r.Assessment).SequenceEqual(ranked.Rows.Select(r => r.Assessment))
            || !again.Rows.Where(r => r.NotAssessed is not null).Select(r => r.NotAssessed).SequenceEqual(ranked.NotAssessed))
        {
            throw new InvalidOperationException("The written workbook does not read back to the same assessments.");
        }
    }

    /// <summary>The event log reader, then the engine over the departments the log names.</summary>
    private static void Events(Stream input)
    {
        var result = EventLogReader.Default.Read(input);
        var roster = result.Events.Select(e => e.Department).Distinct().ToArray();
        var assessed = new ScoringEngine(Scheme).Assess(AssessmentPeriod.Month(2023, 11), roster, result.Events);
        _ = CsvTableWriter.Default.ToText(assessed.Table);
    }

    /// <summary>The scheme loader (the bytes as UTF-8 text), then save and load again and rank under the scheme.</summary>
    private static void SchemeText(Stream input)
    {
        using var reader = new StreamReader(input, Encoding.UTF8);
        var loaded = SchemeJson.Load(reader.ReadToEnd());
        if (loaded.Scheme is { } scheme)
        {
            var again = SchemeJson.Load(SchemeJson.Save(scheme));
            if (again.Scheme is null)
            {
                throw new InvalidOperationException("A saved scheme does not load again: " + string.Join("; ", again.Diagnostics));
            }

            _ = new ScoringEngine(scheme).Rank([new Assessment(Department.FromName("A"), scheme.BaseScore, 0m, 0m)]);
        }
    }
}
