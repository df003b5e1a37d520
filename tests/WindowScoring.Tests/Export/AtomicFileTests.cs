using WindowScoring.Export;

namespace WindowScoring.Tests.Export;

/// <summary>A path overload writes its file whole or not at all: a temporary file in the same folder, then a move.</summary>
public sealed class AtomicFileTests
{
    private string _folder = null!;

    [SetUp]
    public void MakeFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "windowscoring-atomic", Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private static RankedTable Ranked() => ScoringEngine.Default.Rank([new Assessment(Department.FromName("教育厅"), 100m, 12m, 1m)]);

    [Test]
    public void Write_AWriterThatFailsHalfWay_LeavesTheExistingFileAsItWas_AndNoTemporaryFile()
    {
        var target = Path.Combine(_folder, "2023-11.csv");
        File.WriteAllText(target, "last month's file");

        var write = () => TextTarget.ToFile(target, TextTarget.Utf8, w =>
        {
            w.Write("half a table");
            throw new IOException("disk full");
        });

        write.Should().Throw<IOException>().WithMessage("disk full");
        File.ReadAllText(target).Should().Be("last month's file");
        Directory.GetFiles(_folder).Should().ContainSingle();
    }

    [Test]
    public void Write_OverAnExistingFile_ReplacesItWhole()
    {
        var target = Path.Combine(_folder, "2023-11.md");
        File.WriteAllText(target, new string('x', 100_000));

        MarkdownTableWriter.Default.Write(Ranked(), target);

        File.ReadAllText(target).Should().Be(MarkdownTableWriter.Default.ToText(Ranked()));
        Directory.GetFiles(_folder).Should().ContainSingle();
    }

    [Test]
    public void Write_ToAPathThatIsAFolder_FailsAndLeavesNothingBehind()
    {
        var target = Path.Combine(_folder, "taken");
        Directory.CreateDirectory(target);

        var write = () => CsvTableWriter.Default.Write(Ranked(), target);

        write.Should().Throw<IOException>();
        Directory.GetFiles(_folder).Should().BeEmpty();
    }
}
