using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using FluentValidation;
using FluentValidation.Results;
using WindowScoring.Import;

namespace WindowScoring.Benchmarks;

/// <summary>
/// Reading a 10^6-row CSV through our reader (encoding detection, header aliases, strict number parsing, strict UTF-8,
/// diagnostics, domain objects) against raw CsvHelper 34 <c>GetRecords</c> into a plain row type, same file. Like for like:
/// <c>ReadEach</c> (rows passed on, not kept) against <c>GetRecords</c> (rows enumerated, not kept), and <c>Read</c> (rows
/// kept) against <c>GetRecords().ToList()</c>. Each pair is declared (and so run) one after the other, so that a machine
/// whose speed drifts during the run changes both sides of a ratio alike.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _path = string.Empty;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"windowscoring-bench-{Rows}.csv");
        var random = new Random(20231130);
        using var writer = new StreamWriter(_path, false, new UTF8Encoding(false));
        writer.Write("rank,department,base,deduction,bonus,total\n");
        for (var i = 0; i < Rows; i++)
        {
            var deduction = random.Next(0, 30) / 2m;
            var bonus = random.Next(0, 41) / 2m;
            var name = i % 7 == 0 ? $"\"省直部门{i}, 窗口\"" : $"省直部门{i}";
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{i + 1},{name},100,{-deduction},{bonus},{100 - deduction + bonus}\n"));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public int CsvHelperGetRecords()
    {
        using var reader = CsvReader.FromFile(_path, new CsvReaderOptions { Separator = ',' });
        var count = 0;
        foreach (var row in reader.GetRecords<PlainRow>())
        {
            count += row.Department.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int WindowScoringReadEach()
    {
        // The like of GetRecords: every row read, checked and turned into domain objects, none kept.
        var count = 0;
        AssessmentTableReader.Default.ReadEach(_path, row => count += row.Department.Name.Length > 0 ? 1 : 0);
        return count;
    }

    [Benchmark]
    public int TeamImporter()
    {
        // The importer a team would write with the same packages: CsvHelper's GetRecords, a FluentValidation validator with
        // the same rules, a HashSet for repeated departments; every failure kept, rows passed on, not kept.
        using var reader = CsvReader.FromFile(_path, new CsvReaderOptions { Separator = ',' });
        var departments = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<ValidationFailure>();
        var count = 0;
        foreach (var row in reader.GetRecords<PlainRow>())
        {
            var result = PlainRowValidator.Instance.Validate(row);
            if (!result.IsValid)
            {
                failures.AddRange(result.Errors);
                continue;
            }

            if (!departments.Add(row.Department.Trim()))
            {
                failures.Add(new ValidationFailure(nameof(PlainRow.Department), "The department is listed twice."));
            }

            count += row.Department.Length > 0 ? 1 : 0;
        }

        return count + failures.Count;
    }

    [Benchmark]
    public int CsvHelperGetRecordsToList()
    {
        // The same, keeping every row (as an importer that returns its rows must): the cost of materialising.
        using var reader = CsvReader.FromFile(_path, new CsvReaderOptions { Separator = ',' });
        return reader.GetRecords<PlainRow>().ToList().Count;
    }

    [Benchmark]
    public int WindowScoringRead() => AssessmentTableReader.Default.Read(_path).Rows.Count; // the like of GetRecords().ToList()
}

/// <summary>The rules of our row parser as a team would state them for <see cref="PlainRow"/> with FluentValidation.</summary>
public sealed class PlainRowValidator : AbstractValidator<PlainRow>
{
    /// <summary>One instance, as a team would register it.</summary>
    public static PlainRowValidator Instance { get; } = new();

    /// <summary>The rules: a department, a positive rank when printed, figures in range, the printed total the sum.</summary>
    public PlainRowValidator()
    {
        RuleFor(r => r.Department).NotEmpty().Must(d => !d.Any(char.IsControl)).WithMessage("The department holds a control character.");
        RuleFor(r => r.Rank).Must(r => r.Length == 0 || (decimal.TryParse(r, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v > 0))
            .WithMessage("The rank is not a positive number.");
        RuleFor(r => r.Base).GreaterThanOrEqualTo(0m);
        RuleFor(r => r.Bonus).GreaterThanOrEqualTo(0m);
        RuleFor(r => r.Total).Equal(r => r.Base + r.Deduction + r.Bonus).WithSeverity(Severity.Warning);
    }
}

/// <summary>The plain row type CsvHelper maps into.</summary>
[CsvRecord]
public partial class PlainRow
{
    /// <summary>Rank.</summary>
    [CsvColumn("rank")]
    public string Rank { get; set; } = string.Empty;

    /// <summary>Department.</summary>
    [CsvColumn("department")]
    public string Department { get; set; } = string.Empty;

    /// <summary>Base.</summary>
    [CsvColumn("base")]
    public decimal Base { get; set; }

    /// <summary>Deduction.</summary>
    [CsvColumn("deduction")]
    public decimal Deduction { get; set; }

    /// <summary>Bonus.</summary>
    [CsvColumn("bonus")]
    public decimal Bonus { get; set; }

    /// <summary>Total.</summary>
    [CsvColumn("total")]
    public decimal Total { get; set; }
}
