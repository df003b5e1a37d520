using CsCheck;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>An <see cref="ImportedRow"/> keeps what the file printed exactly, however it stores it.</summary>
public sealed class ImportedRowTests
{
    private static readonly Assessment Some = Assessment.FromTotal(Department.FromName("教育厅"), 89m);

    [TestCase("1")]
    [TestCase("29")]
    [TestCase("999999999")]
    [TestCase("1000000000")]
    [TestCase("01")]
    [TestCase("0")]
    [TestCase("1.5")]
    [TestCase("-1")]
    [TestCase("+2")]
    [TestCase("１")]
    [TestCase("x")]
    [TestCase("")]
    [TestCase(null)]
    public void PrintedRank_IsKeptExactlyAsGiven(string? printed)
    {
        var row = new ImportedRow(2, Some, printed, 89m, []);

        row.PrintedRank.Should().Be(printed);
        (row with { PrintedRank = printed }).Should().Be(row);
        (row with { PrintedRank = "7" }).PrintedRank.Should().Be("7");
        (row with { PrintedRank = "7" }).Should().NotBe(row);
    }

    [Test]
    public void PrintedTotal_NullAndZero_AreDifferent()
    {
        var withTotal = new ImportedRow(2, Some, "1", 0m, []);
        var without = new ImportedRow(2, Some, "1", null, []);

        withTotal.PrintedTotal.Should().Be(0m);
        without.PrintedTotal.Should().BeNull();
        withTotal.Should().NotBe(without);
        new ImportedRow(2, Some, "1", 114.50m, []).Should().Be(new ImportedRow(2, Some, "1", 114.5m, []));
    }

    [Test]
    public void ReadRows_RankTextSurvivesTheCommonPath()
    {
        var rows = AssessmentTableReader.Default.ReadText("序号,部门窗口,实得分值\n1,甲,90\n,乙,90\n03,丙,80\n4.0,丁,70\n1234567890,戊,60\n").Rows;

        rows.Select(r => r.PrintedRank).Should().Equal("1", string.Empty, "03", "4.0", "1234567890");
    }

    private static readonly Gen<string?> Ranks = Gen.OneOfConst<string?>(null, "", "1", "29", "999999999", "1000000000", "01", "0", "4.0", "x", "１");

    // Totals of every kind: short and wide digits, scales 0 to 28, both signs, negative zero.
    private static readonly Gen<decimal?> Totals = Gen.Frequency(
        (1, Gen.Const((decimal?)null)),
        (6, Gen.Select(Gen.UInt, Gen.Frequency((4, Gen.Const(0u)), (1, Gen.UInt)), Gen.Frequency((4, Gen.Const(0u)), (1, Gen.UInt)), Gen.Bool, Gen.Byte[0, 28],
            (lo, mid, hi, negative, scale) => (decimal?)new decimal((int)lo, (int)mid, (int)hi, negative, scale))));

    private static readonly IReadOnlyList<KeyValuePair<string, string>>[] ExtraLists =
        [[], [new("窗口人员", "3")], new List<KeyValuePair<string, string>>()];

    [Test]
    public void Members_AreKeptExactly_AndWithChangesOnlyOne()
    {
        // However a row stores its members, it gives back exactly what it was given (a total's digits, scale and sign
        // included), `with` changes the one member named, and equality is that of the members.
        Gen.Select(Ranks, Totals, Gen.Int[0, 2], Ranks, Totals, Gen.Int[0, 2]).Sample((rank, total, extras, rank2, total2, extras2) =>
        {
            var row = new ImportedRow(7, Some, rank, total, ExtraLists[extras]);

            Same(row, 7, rank, total, ExtraLists[extras]);
            Same(row with { PrintedRank = rank2 }, 7, rank2, total, ExtraLists[extras]);
            Same(row with { PrintedTotal = total2 }, 7, rank, total2, ExtraLists[extras]);
            Same(row with { Extras = ExtraLists[extras2] }, 7, rank, total, ExtraLists[extras2]);
            Same(row with { PrintedRank = rank2, PrintedTotal = total2, Extras = ExtraLists[extras2] }, 7, rank2, total2, ExtraLists[extras2]);

            var other = new ImportedRow(7, Some, rank2, total2, ExtraLists[extras2]);
            var equal = rank == rank2 && total == total2 && ReferenceEquals(ExtraLists[extras], ExtraLists[extras2]);
            row.Equals(other).Should().Be(equal, $"{rank}/{rank2} {total}/{total2} {extras}/{extras2}");
            if (equal)
            {
                row.GetHashCode().Should().Be(other.GetHashCode());
            }
        }, iter: 20_000);
    }

    private static void Same(ImportedRow row, int line, string? rank, decimal? total, IReadOnlyList<KeyValuePair<string, string>> extras)
    {
        row.Line.Should().Be(line);
        row.Assessment.Should().BeSameAs(Some);
        row.PrintedRank.Should().Be(rank);
        row.PrintedTotal.HasValue.Should().Be(total.HasValue);
        if (total is { } t)
        {
            decimal.GetBits(row.PrintedTotal!.Value).Should().Equal(decimal.GetBits(t), $"{t} keeps its digits, scale and sign");
        }

        row.Extras.Should().BeSameAs(extras);
    }
}
