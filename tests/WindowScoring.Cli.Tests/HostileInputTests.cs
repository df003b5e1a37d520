using System.Text;
using static WindowScoring.Cli.Tests.CliProcess;

namespace WindowScoring.Cli.Tests;

/// <summary>
/// The command line never dies: pipes, standard input, FIFOs, empty and odd arguments, unwritable outputs and unsupported
/// encodings end with exit 0, 1 or 2 and a message, never an unhandled exception (exit 134 and a stack trace).
/// </summary>
[TestFixture]
public sealed class HostileInputTests
{
    private string _temp = null!;

    [SetUp]
    public void MakeTempFolder() => Directory.CreateDirectory(_temp = Path.Combine(Path.GetTempPath(), "windowscoring-cli-hostile", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveTempFolder() => Directory.Delete(_temp, recursive: true);

    // The seed table with two totals changed: the audit finds them (exit 1), whether the file is named or piped.
    private static byte[] SeedWithWrongTotals()
    {
        var lines = File.ReadAllLines(SampleData("2023-11.tsv"), Encoding.UTF8);
        lines[3] = lines[3][..lines[3].LastIndexOf('\t')] + "\t99";
        lines[8] = lines[8][..lines[8].LastIndexOf('\t')] + "\t1";
        return Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
    }

    [TestCase("-")]
    [TestCase("/dev/stdin")]
    public async Task Audit_FromAPipe_FindsWhatTheFileGives(string name)
    {
        var file = Path.Combine(_temp, "published.tsv");
        File.WriteAllBytes(file, SeedWithWrongTotals());

        var fromFile = await RunAsync("audit", file);
        var fromPipe = await RunAsync(["audit", name], standardInput: SeedWithWrongTotals());

        fromFile.ExitCode.Should().Be(1);
        fromFile.Output.Should().Contain("WS");
        fromPipe.ExitCode.Should().Be(1, fromPipe.Error);
        fromPipe.Output.Should().Be(fromFile.Output);
    }

    [Test]
    public async Task Rank_WorkbookFromStandardInput_IsToldByItsFirstBytesAndReadWhole()
    {
        var workbook = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Workbooks", "2023-11.xlsx"));

        var fromPipe = await RunAsync(["rank", "-"], standardInput: workbook);

        fromPipe.ExitCode.Should().Be(0, fromPipe.Error);
        fromPipe.Output.Should().Contain("自然资源厅").And.Contain("交通运输厅");
    }

    [Test]
    public async Task Audit_FromAFifo_IsReadOnceAndEnds()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("FIFOs are a Unix feature.");
        }

        var fifo = Path.Combine(_temp, "published.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var writer = Task.Run(() => File.WriteAllBytes(fifo, SeedWithWrongTotals()));
        var run = await RunAsync("audit", fifo);
        await writer;

        run.ExitCode.Should().Be(1, run.Error);
        run.Output.Should().Contain("29 rows checked");
    }

    [TestCase("rank", "")]
    [TestCase("audit", "")]
    [TestCase("convert", "", "--to", "csv")]
    [TestCase("history", "", "--period", "2023-Q4")]
    [TestCase("rank", " ")]
    [TestCase("rank", "SEED", "--encoding", "utf-7")]
    [TestCase("rank", "SEED", "--encoding", "")]
    [TestCase("rank", "SEED", "--culture", "")]
    [TestCase("rank", "SEED", "--culture", "xx-YY-zz")]
    [TestCase("rank", "SEED", "--sheet", "")]
    [TestCase("rank", "SEED", "--output", "")]
    [TestCase("rank", "SEED", "--output", "/")]
    [TestCase("rank", "SEED", "--output", "/proc/no-such/out.txt")]
    [TestCase("rank", "/")]
    [TestCase("rank", "/dev/null")]
    [TestCase("rank", "/proc/self/mem")]
    [TestCase("rank", "no\0such")]
    [TestCase("rank", "SEED", "SEED")]
    [TestCase("audit", "SEED", "--format", "report-text")]
    [TestCase("convert", "SEED", "--to", "docx", "--output", "/dev/full")]
    [TestCase("convert", "SEED", "--to", "xlsx", "--output", "DIR")]
    [TestCase("convert", "SEED", "--to", "csv", "--period", "")]
    [TestCase("history", "SEED", "--period", "2023-Q4", "--evaluations", "")]
    [TestCase("history", "SEED", "--period", "2023-Q4", "--alias", "=")]
    [TestCase("history", "SEED", "--period", "2023-Q4", "--min-months", "-1")]
    [TestCase("history", "SEED", "--period", "2023-Q4", "--round", "99999999999999999999")]
    [TestCase("--", "rank")]
    [TestCase("rank", "--", "-")]
    public async Task EveryCommand_HostileArguments_EndWithAnExitCodeAndAMessage(params string[] args)
    {
        var run = await RunAsync(args.Select(a => a switch { "SEED" => SampleData("2023-11.tsv"), "DIR" => _temp, _ => a }));

        run.Error.Should().NotContain("Unhandled exception").And.NotContain("   at ");
        run.ExitCode.Should().BeOneOf(0, 1, 2);
        if (run.ExitCode != 0)
        {
            run.Error.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Test]
    public async Task Rank_OutputToAFullDevice_Exit2WithAMessage()
    {
        if (!File.Exists("/dev/full"))
        {
            Assert.Ignore("No /dev/full on this system.");
        }

        // Standard output redirected to /dev/full through the shell.
        var start = new System.Diagnostics.ProcessStartInfo("sh")
        {
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" rank \"$1\" > /dev/full");
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "WindowScoring.Cli.dll"));
        start.ArgumentList.Add(SampleData("2023-11.tsv"));
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(2);
        error.Should().Contain("cannot write the output").And.NotContain("Unhandled exception");
    }

    [TestCase("docx")]
    [TestCase("xlsx")]
    [TestCase("csv")]
    public async Task Convert_OutputToADevice_WritesToItAndNeverReplacesIt(string format)
    {
        if (!File.Exists("/dev/full") || !File.Exists("/usr/bin/stat"))
        {
            Assert.Ignore("No /dev/full or stat on this system.");
        }

        var run = await RunAsync("convert", SampleData("2023-11.tsv"), "--to", format, "--output", "/dev/full");

        run.ExitCode.Should().Be(2, "a full device cannot take the table");
        run.Error.Should().NotContain("Unhandled exception");
        FileType("/dev/full").Should().Be("character special file", "an atomic replace must never put a regular file where a device was");
    }

    [Test]
    public async Task Convert_OutputThroughASymbolicLink_ReplacesTheFileTheLinkNames_AndKeepsTheLink()
    {
        var real = Path.Combine(_temp, "real.csv");
        var link = Path.Combine(_temp, "link.csv");
        File.WriteAllText(real, "old");
        File.CreateSymbolicLink(link, real);

        var run = await RunAsync("convert", SampleData("2023-11.tsv"), "--to", "csv", "--output", link);

        run.ExitCode.Should().Be(0, run.Error);
        new FileInfo(link).LinkTarget.Should().Be(real);
        File.ReadAllText(real).Should().Contain("自然资源厅");
    }

    private static string FileType(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/stat", ["-c", "%F", path]) { RedirectStandardOutput = true })!;
        var type = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return type;
    }

    [Test]
    public async Task Convert_BinaryWithoutAPeriod_WarnsHowToGiveOne_AndPeriodTitlesIt()
    {
        var table = Path.Combine(_temp, "untitled.csv");
        File.WriteAllText(table, "department,total\n教育厅,89\n");

        var untitled = await RunAsync("convert", table, "--to", "xlsx", "--output", Path.Combine(_temp, "a.xlsx"));
        var titled = await RunAsync("convert", table, "--to", "xlsx", "--output", Path.Combine(_temp, "b.xlsx"), "--period", "2023-11");

        untitled.ExitCode.Should().Be(0);
        untitled.Error.Should().Contain("--period");
        titled.ExitCode.Should().Be(0);
        titled.Error.Should().BeEmpty();
    }
}
