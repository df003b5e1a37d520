using CsCheck;

namespace WindowScoring.Tests.Domain;

/// <summary>The shortcuts of <see cref="TextFolding"/> agree with their definitions on every UTF-16 code unit.</summary>
public sealed class TextFoldingTests
{
    [Test]
    public void IsSpace_IsCharIsWhiteSpace_ForEveryChar()
    {
        var differ = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => TextFolding.IsSpace(c) != char.IsWhiteSpace(c));

        differ.Should().BeEmpty();
    }

    [Test]
    public void Fold_FoldsExactlyTheFullWidthFormsAndTheListedMarks_ForEveryChar()
    {
        static char Expected(char c) => c switch
        {
            >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
            '\u3000' => ' ',
            '\u2212' => '-',
            '\u3010' => '[',
            '\u3011' => ']',
            '\u3014' => '(',
            '\u3015' => ')',
            _ => c,
        };

        var differ = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => TextFolding.Fold(c) != Expected(c));

        differ.Should().BeEmpty();
        TextFolding.Fold("１２０．５（省）【甲】〔乙〕\u3000\u2212").Should().Be("120.5(省)[甲](乙) -");
    }

    [Test]
    public void TrimSpace_IsStringTrim()
    {
        var spaces = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace).ToArray();
        var chars = Gen.Frequency((3, Gen.OneOfConst(spaces)), (2, Gen.OneOfConst('省', 'a', '(', '\u3001', '\u200B', '\uFEFF', '\0')), (1, Gen.Char));

        chars.Array[0, 10].Select(a => new string(a)).Sample(text => TextFolding.TrimSpace(text).Should().Be(text.Trim()), iter: 5000);
    }

    [Test]
    public void TrimSpace_NothingToTrim_ReturnsTheSameString()
    {
        const string Name = "省直部门12";

        TextFolding.TrimSpace(Name).Should().BeSameAs(Name);
        TextFolding.TrimSpace(" " + Name + "\u3000").Should().Be(Name);
    }
}
