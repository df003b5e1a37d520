using System.Text.Unicode;
using CsCheck;
using WindowScoring.Import;

namespace WindowScoring.Tests.Import;

/// <summary>The in-line UTF-8 check of short cells agrees with <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>.</summary>
public sealed class Utf8CellsTests
{
    [Test]
    public void IsValid_AnyBytes_IsUtf8IsValid()
    {
        // ASCII, lead and continuation bytes and bytes never valid, at lengths around the in-line limit of 16.
        var bytes = Gen.Frequency((4, Gen.Byte[0x20, 0x7E]), (2, Gen.Byte[0x80, 0xBF]), (2, Gen.Byte[0xC2, 0xF4]), (1, Gen.Byte));

        bytes.Array[0, 40].Sample(cell => Utf8Cells.IsValid(cell).Should().Be(Utf8.IsValid(cell)), iter: 20_000);
    }

    [Test]
    public void IsValid_ShortCells_AsciiAndChineseValidCutSequenceNot()
    {
        Utf8Cells.IsValid("100"u8).Should().BeTrue();
        Utf8Cells.IsValid("省直部门"u8).Should().BeTrue();
        Utf8Cells.IsValid([]).Should().BeTrue();
        Utf8Cells.IsValid([0x31, 0xE7, 0x9C]).Should().BeFalse(); // 省 cut after two of its three bytes
        Utf8Cells.IsValid([0x31, 0xFF]).Should().BeFalse();
    }
}
