using System.Text;
using static WindowScoring.Cli.Tests.CliProcess;

namespace WindowScoring.Cli.Tests;

/// <summary>
/// Issue #22 item 6, as a table: every command (and the bare program) with every hostile input and argument — an empty
/// path, a missing file, a folder, standard input as <c>-</c> and <c>/dev/stdin</c> (empty or garbage), <c>/dev/null</c>,
/// binary garbage, a file that starts like a workbook and is not one, a text read in the wrong or an unsupported encoding,
/// an output on a full device or into a folder — ends with exit 0, 1 or 2 and, unless it succeeded, a message on standard
/// error; never an unhandled exception.
/// </summary>
[TestFixture]
public sealed class EveryCommandHostileTests
{
    private string _temp = null!;

    [SetUp]
    public void MakeTempFolder() => Directory.CreateDirectory(_temp = Path.Combine(Path.GetTempPath(), "windowscoring-cli-every", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveTempFolder() => Directory.Delete(_temp, recursive: true);

    // Each command with FILE where its input goes and OUT where a file it writes goes.
    private static readonly string[][] Commands =
    [
        ["rank", "FILE"],
        ["audit", "FILE"],
        ["convert", "FILE", "--to", "csv"],
        ["convert", "FILE", "--to", "xlsx", "--output", "OUT"],
        ["convert", "FILE", "--to", "docx", "--output", "OUT"],
        ["history", "FILE", "--period", "2023-Q4"],
        ["ratings", "FILE", "--period", "2025-09"],
    ];

    // An input (what FILE becomes, and the bytes on standard input) and the arguments added after the command's own.
    private static readonly (string Name, string File, string[] Extra)[] Inputs =
    [
        ("empty path", "", []),
        ("blank path", "  ", []),
        ("missing file", "TEMP/no-such-file.tsv", []),
        ("folder", "TEMP", []),
        ("- with nothing on standard input", "-", []),
        ("- with garbage on standard input", "-", ["STDIN=garbage"]),
        ("/dev/stdin with garbage", "/dev/stdin", ["STDIN=garbage"]),
        ("/dev/stdin with a table", "/dev/stdin", ["STDIN=seed"]),
        ("/dev/null", "/dev/null", []),
        ("binary garbage", "GARBAGE", []),
        ("a zip signature and garbage", "FAKEZIP", []),
        ("a path with a NUL", "no\0such", []),
        ("the table read as UTF-16", "SEED", ["--encoding", "utf-16"]),
        ("an unsupported encoding", "SEED", ["--encoding", "utf-7"]),
        ("an unknown encoding", "SEED", ["--encoding", "klingon"]),
        ("output to a full device", "SEED", ["--output", "/dev/full"]),
        ("output into a folder", "SEED", ["--output", "TEMP"]),
        ("output to a missing folder", "SEED", ["--output", "TEMP/no/such/out.txt"]),
        ("an output given twice", "SEED", ["--output", "TEMP/a.out", "--output", "TEMP/b.out"]),
        ("a sheet named in a text file", "SEED", ["--sheet", "Sheet9"]),
        ("an unknown culture", "SEED", ["--culture", "xx-XX-yy"]),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from command in Commands
        from input in Inputs
        select new TestCaseData(command, input.File, input.Extra).SetArgDisplayNames(string.Join(' ', command.Where(a => a != "FILE")), input.Name);

    [TestCaseSource(nameof(Cases))]
    public async Task EveryCommand_EveryHostileInput_ExitsZeroOneOrTwoWithAMessage(string[] command, string file, string[] extra)
    {
        byte[]? standardInput = null;
        var args = new List<string>();
        foreach (var arg in command.Concat(extra))
        {
            if (arg.StartsWith("STDIN=", StringComparison.Ordinal))
            {
                standardInput = arg == "STDIN=seed" ? File.ReadAllBytes(SampleData("2023-11.tsv")) : Garbage(zipSignature: false);
                continue;
            }

            args.Add(arg switch
            {
                "FILE" => Resolve(file),
                "OUT" => Path.Combine(_temp, "out.bin"),
                _ => Resolve(arg),
            });
        }

        var run = await RunAsync(args, standardInput: standardInput);

        AssertNeverDies(run);
    }

    [TestCase("--output", "/dev/full")]
    [TestCase("--output", "TEMP")]
    [TestCase("--encoding", "utf-7")]
    [TestCase("--culture", "")]
    [TestCase("--sheet", "Sheet9")]
    public async Task BareProgram_HostileOption_ExitsZeroOneOrTwoWithAMessage(string option, string value)
    {
        var run = await RunAsync(option, Resolve(value));

        AssertNeverDies(run);
    }

    // A FIFO is read once, whatever the command: it ends as the same command on the file does (same exit code and, apart
    // from a title taken from the file's name, the same output), never waiting for more. (history takes each table's month
    // from its file name, which a pipe does not give: the month is missing, said with WS400, exit 1.)
    [TestCaseSource(nameof(Commands))]
    public async Task EveryCommand_TableFromAFifo_EndsAsTheFileDoes(string[] command)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("FIFOs are a Unix feature.");
        }

        var fifo = Path.Combine(_temp, "table.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var seed = SampleData("2023-11.tsv");
        var writer = Task.Run(() => File.WriteAllBytes(fifo, File.ReadAllBytes(seed)));
        var fromFifo = await RunAsync(command.Select(a => a switch { "FILE" => fifo, "OUT" => Path.Combine(_temp, "fifo.out"), _ => a }));
        await writer.WaitAsync(TimeSpan.FromSeconds(30));
        var fromFile = await RunAsync(command.Select(a => a switch { "FILE" => seed, "OUT" => Path.Combine(_temp, "file.out"), _ => a }));

        AssertNeverDies(fromFifo);
        if (command[0] == "history")
        {
            fromFile.ExitCode.Should().Be(0, fromFile.Error);
            fromFifo.ExitCode.Should().Be(1);
            fromFifo.Error.Should().Contain("WS400");
            return;
        }

        fromFifo.ExitCode.Should().Be(fromFile.ExitCode, fromFifo.Error);
        Body(fromFifo.Output).Should().Be(Body(fromFile.Output));
    }

    [Test]
    public async Task Rank_TableWithErrorsFromAPipe_NamesEveryErrorAndRanksNothing()
    {
        var table = Encoding.UTF8.GetBytes("部门,实得分值\n教育厅,89\n教育厅,90\n公安厅,abc\n民政厅,91\n");

        var run = await RunAsync(["rank", "-"], standardInput: table);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty("a table with errors is never ranked");
        run.Error.Should().Contain("WS304").And.Contain("教育厅");
        run.Error.Split('\n').Count(l => l.Contains("WS", StringComparison.Ordinal)).Should().Be(2, run.Error);
    }

    [Test]
    public async Task History_MonthWithErrors_IsNamedAndTheRunFails()
    {
        var bad = Path.Combine(_temp, "2023-11.tsv");
        File.WriteAllText(bad, "部门\t实得分值\n教育厅\t89\n教育厅\t90\n", new UTF8Encoding(false));

        var run = await RunAsync("history", SampleData("synthetic/2023-10.tsv"), bad, SampleData("synthetic/2023-12.tsv"), "--period", "2023-Q4");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("2023-11.tsv").And.Contain("WS304");
    }

    private static void AssertNeverDies(Run run)
    {
        run.Error.Should().NotContain("Unhandled exception").And.NotContain("   at ");
        run.ExitCode.Should().BeOneOf([0, 1, 2], run.Error);
        if (run.ExitCode != 0)
        {
            run.Error.Should().NotBeNullOrWhiteSpace("a failure is always told");
        }
    }

    // The output without its first line (the title, which a file's name may give and a pipe's cannot).
    private static string Body(string output) => output.Contains('\n', StringComparison.Ordinal) ? output[(output.IndexOf('\n', StringComparison.Ordinal) + 1)..] : output;

    private string Resolve(string arg) => arg switch
    {
        "TEMP" => _temp,
        "SEED" => SampleData("2023-11.tsv"),
        "GARBAGE" => WriteGarbage("garbage.bin", zipSignature: false),
        "FAKEZIP" => WriteGarbage("fake.xlsx", zipSignature: true),
        _ when arg.StartsWith("TEMP/", StringComparison.Ordinal) => Path.Combine(_temp, arg["TEMP/".Length..]),
        _ => arg,
    };

    private string WriteGarbage(string name, bool zipSignature)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllBytes(path, Garbage(zipSignature));
        return path;
    }

    // 64 KiB of fixed pseudo-random bytes (NUL, invalid UTF-8, CR, quotes and separators among them).
    private static byte[] Garbage(bool zipSignature)
    {
        var bytes = new byte[64 * 1024];
        new Random(22).NextBytes(bytes);
        if (zipSignature)
        {
            "PK\u0003\u0004"u8.CopyTo(bytes);
        }

        return bytes;
    }
}
